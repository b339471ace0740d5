// React 19: the elements as JSX, typed by civicstat/react. React 19 sets `data` as a property
// and listens to `civic-error` through the `oncivic-error` prop.
import type {} from 'civicstat/react';
import 'civicstat';
import { useState } from 'react';

export function Dashboard({ city }: { city: object }) {
  const [problem, setProblem] = useState<string>();
  return (
    <civic-data data={city} oncivic-error={(event) => setProblem(event.detail.error.message)}>
      <civic-kpi-tile measure="fire-response-time" hide="narrative" href="/performance/fire" />
      <civic-target-gauge measure="tree-canopy" variant="radial" target="10-year target" />
      <civic-kpi-chart measure="fire-response-time" view="breakdown" show-table />
      <civic-criteria-checklist certification="wwc" status="in-progress not-met" collapsed />
      <civic-tier-badge certification="wwc" size="l" estimate />
      {problem && <p role="alert">{problem}</p>}
    </civic-data>
  );
}

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error: variant is bullet or radial */}
      <civic-target-gauge measure="tree-canopy" variant="pie" />
      {/* @ts-expect-error: view is trend, comparison or breakdown */}
      <civic-kpi-chart measure="fire-response-time" view="table" />
      {/* @ts-expect-error: an unknown attribute */}
      <civic-kpi-tile measure="fire-response-time" colour="red" />
    </>
  );
}
