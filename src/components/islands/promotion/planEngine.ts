// What the plan builder downloads when it is first used (see useEngine): the saved plans' store,
// which checks every plan against the zod schema, and the builder's link codec. A visit with a
// link or saved plans fetches it at once; a plain visit when a person reaches for the tool.
export { createPlanStore, webPlanStorage } from '../../../lib/promotion/planStore';
export { planCodec } from '../../../lib/promotion/codec';
