/** A link to a person's page in the current workspace. */
import { Link, pathFor } from '../../app/router.js';
import { useWorkspace } from '../../app/workspace.js';

export function PersonLink({ id, name, className }: { id: string; name: string; className?: string }) {
  const { name: workspace } = useWorkspace();
  return (
    <Link to={pathFor('person', { workspace, id })} {...(className ? { className } : {})}>
      {name}
    </Link>
  );
}
