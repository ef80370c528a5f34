import type { Resource } from "solid-js";

/**
 * A resource's value when it has one, else undefined — without suspending (a read while loading would) or throwing
 * (a read after a failure would). For values that are optional to a page, like the member list of a filter.
 */
export function settled<T>(resource: Resource<T>): T | undefined {
  return resource.state === "ready" || resource.state === "refreshing" ? resource.latest : undefined;
}
