import { useLocation, useNavigate, useResolvedPath } from "@solidjs/router";
import { createContext, createEffect, createResource, type JSX, untrack, useContext } from "solid-js";
import { appPath, signInPath } from "./next-path";
import type { Me } from "./queries";

export interface Session {
  /** The signed-in account; null when signed out; undefined until the API has answered. Never suspends. */
  user: () => Me | null | undefined;
  /** Asks the API again, e.g. after the name or the verification state changed. */
  refresh: () => Promise<void>;
  /** Takes the account a sign-in returned (or null after a sign-out elsewhere), without another round trip. */
  set: (user: Me | null) => void;
  /** Ends the session on the server, then here. Throws when the server could not be reached. */
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session>();

// The API client (tRPC + superjson) is imported on demand: the entry chunk stays small, and the first page loads
// the client in parallel, as a chunk it shares with the session.
let client: Promise<typeof import("./queries")> | undefined;
const api = () => {
  client ??= import("./queries");
  return client;
};

/** Unreachable API → treated as signed out, so the shell and the status page keep working. */
async function loadMe(): Promise<Me | null> {
  try {
    const { getMe } = await api();
    return (await getMe()) ?? null;
  } catch {
    return null;
  }
}

/**
 * Who is signed in, from `auth.me`. The session cookie is HttpOnly, so the API is the only source; the app asks once
 * at start and takes the answer of every sign-in and sign-out instead of asking again. (Signing up does not sign in:
 * the address must be confirmed first.)
 */
export function SessionProvider(props: { children: JSX.Element }) {
  const [me, { mutate, refetch }] = createResource(loadMe);
  // `latest` keeps the previous answer during a refresh instead of suspending the page around it.
  const user = () => (me.state === "ready" || me.state === "refreshing" ? me.latest : undefined);
  const session: Session = {
    user,
    refresh: async () => {
      await refetch();
    },
    set: (next) => {
      mutate(next);
    },
    signOut: async () => {
      const { signOut } = await api();
      await signOut();
      mutate(null);
    },
  };
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() must be called inside <SessionProvider>");
  return session;
}

/**
 * For pages that need an account: sends a signed-out visitor to the sign-in page, which brings them back here.
 * Returns the account; render nothing until it is defined.
 */
export function useRequireSession(): () => Me | null | undefined {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const base = useResolvedPath(() => "/");
  createEffect(() => {
    if (session.user() === null) {
      navigate(signInPath(untrack(() => appPath(location, base() ?? ""))), { replace: true });
    }
  });
  return session.user;
}

/** For the sign-in and sign-up pages: once signed in (already, or by this page), go on to `target()`. */
export function useLeaveWhenSignedIn(target: () => string) {
  const session = useSession();
  const navigate = useNavigate();
  createEffect(() => {
    if (session.user()) navigate(target(), { replace: true });
  });
}
