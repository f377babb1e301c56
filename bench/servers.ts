/**
 * The bench's loopback servers, run in the parent process so their CPU never counts against the
 * pipeline (which runs in a child): a Greenhouse-shaped board whose listings carry no description
 * (the describe stage must fetch every posting page) and an OpenAI-compatible endpoint, each with
 * injected latency.
 */
import { startLlmServer } from '../__tests__/helpers/llm-server.ts';
import { startLoopback } from '../__tests__/helpers/loopback.ts';
import { descriptionText, listingShape, postingPage } from './synthetic.ts';
import { seededRandom } from './stats.ts';

/** One board: `count` postings, pages of about `descBytes` description, every answer after `latencyMs`. */
export interface BoardScenario {
  id: string;
  company: string;
  count: number;
  descBytes: number;
  latencyMs: number;
}

export interface BenchServers {
  boardUrl: string;
  llmUrl: string;
  /** Registers (or replaces) a board; its token in the Greenhouse API is the scenario id. */
  addBoard(scenario: BoardScenario): void;
  /** Latency of every following LLM answer. */
  setLlmLatency(ms: number): void;
  /** Page and LLM requests served since the last reset (to check a run did what it should). */
  counts(): { pages: number; llm: number };
  resetCounts(): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startBenchServers(): Promise<BenchServers> {
  const boards = new Map<string, { scenario: BoardScenario; titles: string[]; pages: Map<number, string> }>();
  let pages = 0;
  let llmLatency = 0;

  const board = await startLoopback(async (req, res) => {
    const url = new URL(req.path, 'http://127.0.0.1');
    const listing = /^\/v1\/boards\/([^/]+)\/jobs$/.exec(url.pathname);
    const page = /^\/jobs\/([^/]+)\/(\d+)$/.exec(url.pathname);
    const entry = boards.get(decodeURIComponent((listing ?? page)?.[1] ?? ''));
    if (!entry) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":"not found"}');
      return;
    }
    const { scenario } = entry;
    await sleep(scenario.latencyMs);
    if (listing) {
      const jobs = entry.titles.map((title, i) => ({
        id: 5_000_000 + i,
        title,
        absolute_url: `${boardUrl}/jobs/${scenario.id}/${i}`,
        location: { name: 'New York, NY' },
        updated_at: '2025-11-01T00:00:00Z',
      }));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ jobs }));
      return;
    }
    const index = Number(page![2]);
    if (index >= scenario.count) {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
      return;
    }
    pages++;
    let html = entry.pages.get(index);
    if (!html) {
      html = postingPage({
        title: entry.titles[index],
        company: scenario.company,
        location: 'New York, NY',
        description: descriptionText(index, scenario.descBytes),
      });
      entry.pages.set(index, html);
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  // Recorded requests are not needed and would only grow the parent's heap.
  const boardRequests = board.requests;
  const boardUrl = board.url;

  const llm = await startLlmServer(() => ({ delayMs: llmLatency }));

  return {
    boardUrl,
    llmUrl: llm.baseUrl,
    addBoard(scenario) {
      const random = seededRandom(scenario.count * 31 + scenario.descBytes);
      const titles = Array.from({ length: scenario.count }, () => listingShape(random).title);
      boards.set(scenario.id, { scenario, titles, pages: new Map() });
    },
    setLlmLatency(ms) {
      llmLatency = ms;
    },
    counts: () => ({ pages, llm: llm.requests.length }),
    resetCounts() {
      pages = 0;
      boardRequests.length = 0;
      llm.requests.length = 0;
    },
    async close() {
      await board.close();
      await llm.close();
    },
  };
}
