import { NavLink } from "./nav-link";

/** Board or list: two views of the same deals. */
export function DealsViews(props: { base: string }) {
  return (
    <nav class="view-switch" aria-label="Deals view">
      <ul>
        <li>
          <NavLink href={props.base} end>
            Board
          </NavLink>
        </li>
        <li>
          <NavLink href={`${props.base}/list`} end>
            List
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
