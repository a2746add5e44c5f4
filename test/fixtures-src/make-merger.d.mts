// Types of make-merger.mjs (plain JavaScript, run by node without TypeScript).
/** [name in the 2025 file, [names in the 2024 file]] */
export declare const MERGER: [string, string[]][];
