/** Who is signed in, and signing in, up and out. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api, unwrap, type Schemas } from "./client";
import { queryKeys } from "./queryKeys";

export type Me = Schemas["UserMe"];
export type Provider = Schemas["OAuthProviderPublic"];

export const meKey = queryKeys.auth.me;

async function fetchMe(): Promise<Me | null> {
  try {
    return await unwrap(api.GET("/api/auth/me"));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000, meta: { silent: true } });
}

export function useProviders() {
  return useQuery({
    queryKey: queryKeys.auth.providers,
    queryFn: () => unwrap(api.GET("/api/auth/providers")),
    staleTime: Infinity,
    meta: { silent: true },
  });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["LoginRequest"]) => unwrap(api.POST("/api/auth/login", { body })),
    onSuccess: (me) => {
      qc.setQueryData(meKey, me);
      void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.auth.all[0] });
    },
    meta: { silent: true },
  });
}

export function useRegister() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["RegisterRequest"]) => unwrap(api.POST("/api/auth/register", { body })),
    onSuccess: (me) => {
      qc.setQueryData(meKey, me);
      void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.auth.all[0] });
    },
    meta: { silent: true },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/auth/logout")),
    onSuccess: () => {
      qc.setQueryData(meKey, null);
      void qc.invalidateQueries();
    },
  });
}
