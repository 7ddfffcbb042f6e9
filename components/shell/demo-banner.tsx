export function DemoBanner() {
  return (
    <div role="status" aria-label="Demo mode" className="demo-banner">
      <strong>Demo — simulated AWS</strong>
      <span>Data comes from the local AWS simulator, not from real accounts.</span>
    </div>
  );
}
