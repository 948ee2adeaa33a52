// The cross-article model lives in the shared model (src/model/story.ts), so the store can hold it without importing this layer.
export type * from '../model/story.js';
