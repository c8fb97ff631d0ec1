import { Link } from 'wouter';

export function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        <Link href="/">Go to the delegations</Link>
      </p>
    </section>
  );
}
