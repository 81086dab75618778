/**
 * Every React Query key in one place. A key's first element names what it caches; the shorter
 * keys (`all`) are prefixes that invalidate every longer one beneath them.
 */
export const queryKeys = {
  auth: {
    all: ["auth"] as const,
    me: ["auth", "me"] as const,
    providers: ["auth", "providers"] as const,
  },
  problems: {
    all: ["problems"] as const,
    list: (filters: object) => ["problems", filters] as const,
  },
  problem: {
    all: ["problem"] as const,
    detail: (slug: string) => ["problem", slug] as const,
    stats: (slug: string) => ["problem-stats", slug] as const,
    editorial: (slug: string, confirm: boolean, attempt: number) => ["editorial", slug, confirm, attempt] as const,
  },
  tags: ["tags"] as const,
  topics: ["topics"] as const,
  topic: (tag: string) => ["topic", tag] as const,
  languages: ["languages"] as const,
  submissions: {
    all: ["submissions"] as const,
    mine: (filters: object) => ["submissions", "mine", filters] as const,
    everyone: (filters: object) => ["submissions", "all", filters] as const,
  },
  submission: (id: number) => ["submission", id] as const,
  history: {
    of: (slug: string) => ["history", slug] as const,
    version: (slug: string, language: string, version: number) => ["history", slug, language, version] as const,
  },
  profile: (username: string) => ["profile", username] as const,
  leaderboard: (page: number, perPage: number) => ["leaderboard", page, perPage] as const,
};
