import type {ErrorBody, Failure} from '../genesys/types.js';
import type {Evidence} from './types.js';

/** A Genesys permission: domain, entity and action, such as `a:b:view`. */
const permissionPattern = /^[\w-]+:[\w*-]+:[\w*-]+$/;

/**
 * The permissions a 403 names. Genesys lists them in square brackets in the
 * message (`[directory:user:view, routing:queue:view]`) and sometimes in
 * `messageParams`; both are read, duplicates dropped, order kept.
 */
export function parsePermissions(body: ErrorBody | null): string[] {
  if (!body) return [];
  const texts = [body.message, body.messageWithParams];
  const inBrackets = texts.flatMap((text) =>
    [...(text ?? '').matchAll(/\[([^\]]*)\]/g)].map((match) => match[1]),
  );
  const inParams = Object.values(body.messageParams ?? {});
  const candidates = [...inBrackets, ...inParams]
    .flatMap((text) => String(text ?? '').split(','))
    .map((text) => text.trim())
    .filter((text) => permissionPattern.test(text));

  return [...new Set(candidates)];
}

/** Seconds to wait, from the header or, failing that, "in [42] seconds". */
export function retryAfterOf(failure: Failure): number | null {
  if (failure.kind !== 'api' && failure.kind !== 'oauth') return null;
  if (failure.retryAfterSeconds !== null) return failure.retryAfterSeconds;
  const message =
    failure.kind === 'api' ? failure.body?.message : failure.description;
  const match = /\[(\d+)\]\s*seconds/i.exec(message ?? '');

  return match ? Number(match[1]) : null;
}

/** The `<title>` of an HTML page, which usually names a proxy or portal. */
export function htmlTitle(snippet: string): string | null {
  const match = /<title[^>]*>([^<]*)/i.exec(snippet);
  const title = match?.[1]?.replace(/\s+/g, ' ').trim();

  return title ? title : null;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/** Removes the keys whose value is undefined, so JSON stays tidy. */
function compact(evidence: Evidence): Evidence {
  return Object.fromEntries(
    Object.entries(evidence).filter(([, value]) => value !== undefined),
  ) as Evidence;
}

function failureEvidence(failure: Failure): Evidence {
  switch (failure.kind) {
    case 'oauth': {
      return {
        status: failure.status,
        oauthError: failure.error,
        message: failure.description || undefined,
        correlationId: failure.correlationId ?? undefined,
        retryAfterSeconds: retryAfterOf(failure) ?? undefined,
      };
    }

    case 'api': {
      const permissions = parsePermissions(failure.body);

      return {
        status: failure.status,
        genesysCode: failure.body?.code,
        message: failure.body?.message,
        correlationId:
          failure.correlationId ?? failure.body?.contextId ?? undefined,
        retryAfterSeconds: retryAfterOf(failure) ?? undefined,
        permissions: permissions.length > 0 ? permissions : undefined,
      };
    }

    case 'network': {
      return {
        host: failure.host,
        systemCode: failure.code ?? undefined,
        message: failure.message || undefined,
        certificateIssuer: failure.issuer ?? undefined,
      };
    }

    case 'unexpected-body': {
      return {
        status: failure.status,
        message: describeBody(failure),
        correlationId: failure.correlationId ?? undefined,
      };
    }
  }
}

function describeBody(
  failure: Extract<Failure, {kind: 'unexpected-body'}>,
): string {
  const type = failure.contentType ?? 'no content type';
  const title = htmlTitle(failure.snippet);
  const what = {
    html: 'an HTML page',
    'truncated-json': 'JSON that stops part-way',
    'not-json': 'a body that is not JSON',
    empty: 'an empty body',
    'too-large': 'a body far larger than Genesys sends',
  }[failure.reason];

  return title ? `${what} titled "${title}" (${type})` : `${what} (${type})`;
}

/** Everything a failure shows, with the request it answered. */
export function evidenceOf(
  failure: Failure,
  request: {method: string; url: string},
): Evidence {
  return compact({
    method: request.method,
    url: request.url,
    host: hostOf(request.url),
    ...failureEvidence(failure),
  });
}
