import { z } from 'zod';
import { exportFormatHelp, exportFormats } from '../model/exportFormats.js';
import { schemas, uploadMetadata } from './apiSchemas.js';
import { stances } from '../model/vocabulary.js';
import { maxPageSize } from './queryParams.js';

type Schema = Record<string, unknown>;
type SchemaName = keyof typeof schemas;

const ref = (name: SchemaName): Schema => ({ $ref: `#/components/schemas/${name}` });
const pageOf = (name: SchemaName): Schema => ({
  type: 'object',
  required: ['total', 'items'],
  properties: { total: { type: 'integer', description: 'items across all pages' }, items: { type: 'array', items: ref(name) } },
});
const json = (schema: Schema) => ({ 'application/json': { schema } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), { description: errorText[status], content: json(ref('Error')) }]));
const errorText: Record<number, string> = {
  400: 'a parameter or the body is not valid; the message says which and what was expected',
  401: 'the server was started with a token and the request did not carry it',
  404: 'no such item',
  413: 'the request is larger than the server accepts',
  415: 'the body is neither multipart/form-data nor JSON',
};

const pageParameters = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: maxPageSize, default: 50 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
];
/** `limit` and `cursor` for the lists walked page after page (queryParams.ts cursorQuery). */
const cursorParameters = (max: number, fallback: number, what: string) => [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: max, default: fallback }, description: `${what} per page` },
  { name: 'cursor', in: 'query', schema: { type: 'string', pattern: '^\\d{1,15}$' }, description: "the previous page's `next`; absent for the first page" },
];
const idParameter = (description: string) => [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description }];

function get(summary: string, body: Schema, options: { parameters?: unknown[]; errors?: number[] } = {}) {
  return {
    get: {
      summary,
      ...(options.parameters ? { parameters: options.parameters } : {}),
      // Every route answers 400 to a URL that does not decode to storable text (see refuseMalformedUrl).
      responses: { '200': { description: 'OK', content: json(body) }, ...errors(...new Set([400, ...(options.errors ?? []), 401])) },
    },
  };
}

/**
 * The OpenAPI 3.1 description of the API, served at /openapi.json. Schemas
 * come from the same zod definitions the records and responses use (JSON
 * Schema 2020-12, which OpenAPI 3.1 takes as is); a test checks that every
 * route the app answers is described here.
 */
export function openApiDocument(): Schema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'corroborate',
      version: '0.1.0',
      description:
        'Claims, stances and sources across news articles about a contested story. JSON throughout; errors are ' +
        '{"error": {"status", "message"}}; lists take limit (1-200, default 50) and offset and return {"total", "items"}. ' +
        'When the server was started with a token, send "Authorization: Bearer <token>".',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, toJsonSchema(schema)])),
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'only when the server was started with --token or CORROBORATE_TOKEN' } },
    },
    security: [{}, { token: [] }],
    paths: {
      '/api/story': get('The story board: the corpus and every claim, most-reported first', ref('StoryBoard')),
      '/api/claims': get('Claims, most-reported first', pageOf('ClaimSummary'), { parameters: pageParameters, errors: [400] }),
      '/api/claims/{id}': get(
        'One claim with its relations and status history, counts per stance and outlet, and the first `limit` statements of each stance and sources (the rest from the two routes below)',
        ref('ClaimView'),
        {
          parameters: [
            ...idParameter("claim id ('dren.killed.1')"),
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: maxPageSize, default: 50 }, description: 'statements of each stance, and sources, to include' },
          ],
          errors: [404],
        },
      ),
      '/api/claims/{id}/statements': get("A claim's statements, earliest reported first, a page at a time", ref('ClaimStatementPage'), {
        parameters: [
          ...idParameter("claim id ('dren.killed.1')"),
          { name: 'stance', in: 'query', schema: { type: 'string', enum: [...stances] }, description: 'only the statements of this stance' },
          { name: 'article', in: 'query', schema: { type: 'string' }, description: 'only the statements of this article (its full id)' },
          ...cursorParameters(maxPageSize, 50, 'statements'),
        ],
        errors: [404],
      }),
      '/api/claims/{id}/sources': get("A claim's independent sources, a page at a time", ref('SourcePage'), {
        parameters: [...idParameter("claim id ('dren.killed.1')"), ...cursorParameters(maxPageSize, 50, 'sources')],
        errors: [404],
      }),
      '/api/articles': get('Stored articles in publication order', pageOf('ArticleSummary'), { parameters: pageParameters, errors: [400] }),
      '/api/articles/{id}': get('One article, its full record', ref('ArticleRecord'), { parameters: idParameter('article id or a unique prefix of it'), errors: [404] }),
      '/api/statements': get('Statements across articles in report order', pageOf('StatementListItem'), {
        parameters: [
          { name: 'article', in: 'query', schema: { type: 'string' }, description: 'article id or the start of one' },
          { name: 'speaker', in: 'query', schema: { type: 'string' }, description: "the start of words of the speaker's name, any case ('marant' or 'ilko mar' finds Ilko Marant; 'rant' does not)" },
          ...pageParameters,
        ],
        errors: [400],
      }),
      '/api/sources': get('Every original utterance with the outlets that echoed it, in the story\'s order, a page at a time', ref('SourcePage'), {
        parameters: [
          ...cursorParameters(500, 100, 'sources'),
          { name: 'article', in: 'query', schema: { type: 'string' }, description: 'with statement: only the sources that echo this statement (article id)' },
          { name: 'statement', in: 'query', schema: { type: 'string' }, description: "with article: the statement id ('s3')" },
        ],
        errors: [400],
      }),
      '/api/matrix': get('Sources x claims: independent sources per stance; every claim, the speakers (rows) a page at a time', ref('SourceMatrix'), {
        parameters: cursorParameters(500, 100, 'speakers'),
        errors: [400],
      }),
      '/api/timeline': get('The event clock, whole, and the report clock, earliest first, a page at a time', ref('TimelineView'), {
        parameters: cursorParameters(2000, 500, 'reports'),
        errors: [400],
      }),
      '/api/search': get('Full-text search over articles (title, text) and statements (speaker, content), best first', pageOf('SearchResult'), {
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 500 }, description: 'as in a web search box: dren killed, "hospital wing" -video, alive or dead' },
          ...pageParameters,
        ],
        errors: [400],
      }),
      '/api/ingest': {
        post: {
          summary:
            'Queue uploaded files or pasted text for analysis; answers at once with a job (the Location header points to it) listing every input, ' +
            'those that cannot be read already failed with the reason',
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  description:
                    'the files, and optionally their outlet, address and publication day, applied to each text or HTML file ' +
                    '(a JSONL line carries its own); a value that is not an http(s) address or not a date is refused with 400 naming the field',
                  properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } }, ...(toJsonSchema(uploadMetadata).properties as Schema) },
                  required: ['files'],
                },
              },
              ...json(ref('PastedArticle')),
            },
          },
          responses: { '202': { description: 'the job, as it stands: poll /api/ingest/jobs/{id}', content: json(ref('IngestJob')) }, ...errors(400, 401, 413, 415) },
        },
      },
      '/api/ingest/jobs/{id}': get('An upload job: its status and every input\'s outcome (stored, already stored, failed with the reason)', ref('IngestJob'), {
        parameters: idParameter('the job id from POST /api/ingest'),
        errors: [404],
      }),
      '/api/check': {
        post: {
          summary: 'Check stated claims against every stored article: the articles that bear on each, with stance and evidence, and its status over time',
          requestBody: { required: true, content: json(ref('CheckRequest')) },
          responses: { '200': { description: 'one check per claim, in the order sent', content: json(ref('CheckReport')) }, ...errors(400, 401) },
        },
      },
      '/api/watch': {
        ...get('The watched claims with their status, in the order added', pageOf('WatchedClaim')),
        post: {
          summary: 'Watch a claim: it is checked against every stored article now and against each article stored from now on',
          requestBody: { required: true, content: json(ref('WatchRequest')) },
          responses: {
            '201': { description: 'watched; the Location header points to its page', content: json(ref('WatchedClaim')) },
            '200': { description: 'already watched in the same words: that entry', content: json(ref('WatchedClaim')) },
            ...errors(400, 401),
            '409': { description: 'a watched claim already has that id', content: json(ref('Error')) },
          },
        },
      },
      '/api/watch/{id}': {
        ...get('A watched claim: the articles that bear on it, their stance and evidence, and its status over time', ref('CheckResult'), {
          parameters: idParameter('watched claim id'),
          errors: [404],
        }),
        delete: {
          summary: 'Stop watching a claim',
          parameters: idParameter('watched claim id'),
          responses: { '204': { description: 'no longer watched' }, ...errors(400, 401, 404) },
        },
      },
      '/api/corrections': {
        ...get('The corrections by hand, in the order made, undone ones included (an audit log: nothing is ever deleted)', ref('CorrectionList')),
        post: {
          summary:
            'Correct the automatic reading by hand: merge, split, move, stance, speaker, same-source, outlet, date or exclude. ' +
            'The story is brought up to date before the answer, and every later re-derivation and reanalysis keeps the correction. ' +
            'Claims are named by their id now; the log keeps them as the statements they hold',
          requestBody: { required: true, content: json(ref('CorrectionRequest')) },
          responses: {
            '201': { description: 'made; the story is up to date with it', content: json(ref('CorrectionOutcome')) },
            ...errors(400, 401),
            '404': { description: 'a claim, statement, speaker or article it names is not in the story; the message says which', content: json(ref('Error')) },
          },
        },
      },
      '/api/corrections/{id}/undo': {
        post: {
          summary: 'Undo a correction: it stays in the log, marked undone (when and by whom), and the automatic reading comes back',
          parameters: idParameter('correction id, as GET /api/corrections lists them'),
          requestBody: { required: true, content: json(ref('UndoRequest')) },
          responses: {
            '200': { description: 'undone; the story is up to date without it', content: json(ref('CorrectionOutcome')) },
            ...errors(400, 401, 404),
            '409': { description: 'it was undone already', content: json(ref('Error')) },
          },
        },
      },
      '/api/export/{format}': exportPath(),
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1', content: json({ type: 'object' }) } } } },
    },
  };
}

/** The export download: its body is the format's own (JSON-LD, JSON, HTML, or a zip of CSV files), so no schema of ours describes it. */
function exportPath() {
  const file = (description: string) => ({ schema: { type: 'string', description } });
  return {
    get: {
      summary: 'The story (or one claim) exported as a download: ' + exportFormats.map((f) => `${f}, ${exportFormatHelp[f]}`).join('; '),
      parameters: [
        { name: 'format', in: 'path', required: true, schema: { type: 'string', enum: [...exportFormats] } },
        { name: 'claim', in: 'query', schema: { type: 'string' }, description: "export this claim only ('dren.killed.1')" },
        { name: 'as', in: 'query', schema: { type: 'string' }, description: 'who publishes the export: the author of each ClaimReview (default corroborate)' },
        { name: 'base_url', in: 'query', schema: { type: 'string' }, description: 'where the export will be published: ClaimReview urls become <base_url>#claim-<id>' },
      ],
      responses: {
        '200': {
          description: 'the file, with Content-Disposition: attachment',
          content: {
            'application/ld+json': file('claimreview (a list of ClaimReview) or annotations (an AnnotationCollection)'),
            'application/json': file('timeline: TimelineJS JSON'),
            'text/html': file('report: one self-contained page'),
            'application/zip': file('csv: statements.csv, claims.csv and sources.csv, and corrections.csv when corrections were made by hand'),
          },
        },
        ...errors(400, 401, 404),
      },
    },
  };
}

function toJsonSchema(schema: z.ZodType): Schema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) as Schema;
  return rest;
}
