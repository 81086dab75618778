/** Profiles and the leaderboard. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "./client";

export type UserProfile = Schemas["UserProfile"];
export type LeaderboardEntry = Schemas["LeaderboardEntry"];

export function useProfile(username: string) {
  return useQuery({
    queryKey: ["profile", username],
    queryFn: () => unwrap(api.GET("/api/users/{username}", { params: { path: { username } } })),
  });
}

export function useLeaderboard(page: number, perPage = 50) {
  return useQuery({
    queryKey: ["leaderboard", page, perPage],
    queryFn: () => unwrap(api.GET("/api/leaderboard", { params: { query: { page, per_page: perPage } } })),
    placeholderData: keepPreviousData,
  });
}
