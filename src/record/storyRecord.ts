// The story record lives in the shared model (src/model/storyRecord.ts), so the web app and the store can take its types without importing this layer.
export * from '../model/storyRecord.js';
