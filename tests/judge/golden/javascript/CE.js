// A syntax error: `node --check` refuses it.
function main( {
  console.log("never");
}
