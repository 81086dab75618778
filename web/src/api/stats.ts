/** Profiles and the leaderboard. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "./client";
import { queryKeys } from "./queryKeys";

export interface DifficultyProgress {
  difficulty: string;
  solved: number;
  total: number;
}

export interface TopicProgress {
  tag: string;
  solved: number;
  total: number;
}

export interface Progress {
  by_difficulty: DifficultyProgress[];
  by_topic: TopicProgress[];
}

// `progress` is written by hand until the generated schema has it; absent from older servers.
export type UserProfile = Schemas["UserProfile"] & { progress?: Progress };
export type LeaderboardEntry = Schemas["LeaderboardEntry"];

export function useProfile(username: string) {
  return useQuery({
    queryKey: queryKeys.profile(username),
    queryFn: async (): Promise<UserProfile> =>
      unwrap(api.GET("/api/users/{username}", { params: { path: { username } } })),
  });
}

export function useLeaderboard(page: number, perPage = 50) {
  return useQuery({
    queryKey: queryKeys.leaderboard(page, perPage),
    queryFn: () => unwrap(api.GET("/api/leaderboard", { params: { query: { page, per_page: perPage } } })),
    placeholderData: keepPreviousData,
  });
}
