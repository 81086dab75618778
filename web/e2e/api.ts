/** Direct HTTP calls the tests make around the browser (set-up only, never the thing tested). */

export const ADMIN = { username: "e2e-admin", password: "admin-password-1" };

export async function registerViaApi(baseURL: string, username: string, password: string): Promise<void> {
  const res = await fetch(`${baseURL}/api/auth/register`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 201 && res.status !== 409) {
    throw new Error(`registering ${username}: ${res.status} ${await res.text()}`);
  }
}

let counter = 0;
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`.slice(0, 32);
}
