// The article record lives in the shared model (src/model/articleRecord.ts), so the store can load it without importing this layer.
export * from '../model/articleRecord.js';
