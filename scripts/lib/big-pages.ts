// Large generated pages for the benchmarks: a long Hacker News thread and a multi-megabyte posting.

/** A "Who is hiring" thread: `topLevel` job comments, each with two replies that are not postings. */
export function hnThread(topLevel: number): string {
  const rows: string[] = [];
  for (let i = 0; i < topLevel; i++) {
    const id = 50_000_000 + i * 10;
    const row = (cid: number, depth: number, html: string) =>
      `<tr class="athing comtr" id="${cid}"><td><table border="0"><tr><td class="ind" indent="${depth}"><img src="s.gif" height="1" width="${depth * 40}"></td><td class="default"><span class="comhead"><a class="hnuser">user${cid}</a></span><br><div class="comment"><div class="commtext c00">${html}</div><div class="reply"><p><a href="reply?id=${cid}">reply</a></p></div></div></td></tr></table></td></tr>`;
    rows.push(
      row(
        id,
        0,
        `Company ${i} | VP of Engineering | Remote (US) | Full-time<p>${'We are hiring a leader to grow our teams, own delivery and hire managers. '.repeat(8)}<p>Apply at jobs.example/${i}`,
      ),
      row(id + 1, 1, 'Is this role open to candidates in Canada?'),
      row(id + 2, 2, 'Yes, anywhere in North America.'),
    );
  }
  return `<html><body><table class="comment-tree">${rows.join('')}</table></body></html>`;
}

export function bigPage(bytes: number): string {
  const paragraph = `<p>${'Own the technology vision, set architecture, and represent engineering to the board. '.repeat(12)}</p>`;
  const nav = `<nav>${'<a href="/x">Link</a>'.repeat(200)}</nav>`;
  return `<html><head><title>Chief Technology Officer</title></head><body>${nav}<main><h1>Chief Technology Officer</h1><div class="job-description"><h2>Responsibilities</h2>${paragraph.repeat(Math.ceil(bytes / paragraph.length))}</div></main></body></html>`;
}
