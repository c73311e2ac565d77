/**
 * The paper's remuneration fund: 2 medical and 2 bonus salaries a year, savings by group (auto). A module of its own,
 * so that the command line's option table (loaded at start-up) declares them without loading the engine.
 */
export const FUND_DEFAULTS = { medical: '2', bonus: '2', savings: 'auto' } as const;
