// The map draws the game's view model; its types live with the game, which builds it.
export type * from '../../game/topology-model.js';
