/** Providers (theme, toasts, server state) and the routes. */
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, useState } from "react";
import { Navigate, RouterProvider, createBrowserRouter } from "react-router";
import { ApiError, errorMessage } from "./api/client";
import { Layout } from "./components/Layout";
import { RouteError } from "./components/RouteError";
import { ThemeProvider } from "./components/theme";
import { ToastProvider, useToast } from "./components/toasts";

const ProblemListPage = lazy(() => import("./features/problems/ProblemListPage"));
const TopicsPage = lazy(() => import("./features/problems/TopicsPage"));
const TopicPage = lazy(() => import("./features/problems/TopicPage"));
const WorkspacePage = lazy(() => import("./features/workspace/WorkspacePage"));
const SubmissionPage = lazy(() => import("./features/submissions/SubmissionPage"));
const ProfilePage = lazy(() => import("./features/profile/ProfilePage"));
const LeaderboardPage = lazy(() => import("./features/leaderboard/LeaderboardPage"));
const SignInPage = lazy(() => import("./features/auth/SignInPage"));
const RegisterPage = lazy(() => import("./features/auth/RegisterPage"));
const AdminPage = lazy(() => import("./features/admin/AdminPage"));
const NotFoundPage = lazy(() => import("./features/NotFoundPage"));

const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/problems" replace /> },
      { path: "problems", element: <ProblemListPage /> },
      { path: "problems/:slug", element: <WorkspacePage />, handle: { fullBleed: true } },
      { path: "topics", element: <TopicsPage /> },
      { path: "topics/:tag", element: <TopicPage /> },
      { path: "submissions/:id", element: <SubmissionPage /> },
      { path: "users/:username", element: <ProfilePage /> },
      { path: "leaderboard", element: <LeaderboardPage /> },
      { path: "login", element: <SignInPage /> },
      { path: "register", element: <RegisterPage /> },
      { path: "admin", element: <AdminPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

declare module "@tanstack/react-query" {
  interface Register {
    queryMeta: { silent?: boolean };
    mutationMeta: { silent?: boolean };
  }
}

function shouldRetry(failures: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failures < 2;
}

/** Server state; failed requests show the API's own message unless the caller handles it. */
function QueryProvider({ children }: { children: React.ReactNode }) {
  const toast = useToast();
  const [client] = useState(
    () =>
      new QueryClient({
        queryCache: new QueryCache({
          onError: (error, query) => {
            if (query.meta?.silent || (error instanceof ApiError && error.status === 404)) return;
            toast.error("Could not load data", errorMessage(error));
          },
        }),
        mutationCache: new MutationCache({
          onError: (error, _vars, _ctx, mutation) => {
            if (!mutation.meta?.silent) toast.error("Request failed", errorMessage(error));
          },
        }),
        defaultOptions: { queries: { retry: shouldRetry, refetchOnWindowFocus: false } },
      }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

export function App() {
  return (
    <ThemeProvider>
      <ToastProvider>
        <QueryProvider>
          <RouterProvider router={router} />
        </QueryProvider>
      </ToastProvider>
    </ThemeProvider>
  );
}
