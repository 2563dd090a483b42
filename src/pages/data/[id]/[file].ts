import type { APIRoute, GetStaticPaths } from 'astro';
import { allPublishedFiles, type PublishedFile } from '../../../lib/datasets/published-files';

// /data/<id>/<version>.json|csv and /data/<id>/latest.json|csv — language-neutral downloads.
export const getStaticPaths = (() =>
  allPublishedFiles().map((f) => ({ params: { id: f.dataset.id, file: f.name }, props: { file: f } }))) satisfies GetStaticPaths;

const CONTENT_TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: PublishedFile };
  return new Response(file.body, { headers: { 'Content-Type': CONTENT_TYPES[file.format] } });
};
