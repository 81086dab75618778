class BracketChecker {
  static #pairs = new Map([[')', '('], [']', '['], ['}', '{']]);

  constructor(text) {
    this.text = text;
  }

  depth() {
    const stack = [];
    let best = 0;
    for (const ch of this.text) {
      const opener = BracketChecker.#pairs.get(ch);
      if (opener === undefined) {
        stack.push(ch);
        best = Math.max(best, stack.length);
      } else if (stack.length === 0 || stack.pop() !== opener) {
        return -1;
      }
    }
    return stack.length === 0 ? best : -1;
  }
}

const input = require('fs').readFileSync(0, 'utf8').trim();
console.log(new BracketChecker(input).depth());
