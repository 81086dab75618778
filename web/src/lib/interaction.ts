/** An interactive sample's transcript (Kattis `.interaction`): `<` lines are what the judge sends
 * the program, `>` lines what the program writes back. */
export interface InteractionLine {
  from: "judge" | "program";
  text: string;
}

export function parseInteraction(transcript: string): InteractionLine[] {
  return transcript
    .split("\n")
    .filter((line) => line.startsWith("<") || line.startsWith(">"))
    .map((line) => ({ from: line.startsWith("<") ? "judge" : "program", text: line.slice(1) }));
}
