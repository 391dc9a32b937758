// Types of vendor-data-config.mjs, for the tests that check the generated data against it.
export const CONFIG: {
  categories: Record<number, string>;
  marketingAutomation: number;
  advertising: number;
  advertiserTags: Set<string>;
  heatmap: Set<string>;
  notPixel: Set<string>;
  notWebAnalytics: number[];
  skip: Set<string>;
  sharedHosts: Set<string>;
  commonPaths: Set<string>;
  commonGlobals: Set<string>;
  commonMeta: Set<string>;
};
