/** EC2 endpoint states are lowercase on the wire (`available`); anything else carries no traffic. */
export function availableEndpointState(state: string): boolean {
  return state.toLowerCase() === "available";
}

/** Lattice association states: ACTIVE (and, for endpoint associations, `available`) are usable. */
export function activeAssociationState(state: string | undefined): boolean {
  const s = state?.toUpperCase();
  return s === "ACTIVE" || s === "AVAILABLE";
}
