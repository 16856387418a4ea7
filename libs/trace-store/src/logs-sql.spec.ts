// LogQL selections as SQL: every value a query carries is a parameter, never statement text.
import { parseLogQL } from '@tracehouse/logql';
import { likeContains, selectionSql, SqlParams } from './logs-sql';

function sqlOf(query: string): { sql: string; params: Record<string, unknown> } {
  const q = parseLogQL(query);
  const p = new SqlParams();
  const sql = selectionSql(q.selection, p).join(' AND ');
  return { sql, params: p.values };
}

describe('selectionSql', () => {
  it('keeps hostile values out of the statement text', () => {
    const hostile = "x' OR 1=1 --";
    const { sql, params } = sqlOf(`{service_name="${hostile}", ${'evil_key'}="${hostile}"} |= "${hostile}" | user=~"${hostile}"`);
    expect(sql).not.toContain(hostile);
    expect(sql).not.toContain("'");
    expect(Object.values(params)).toEqual(expect.arrayContaining([hostile, 'evil_key', `%${hostile}%`, `^(?:${hostile})$`]));
  });

  it('maps labels to columns, resource labels and attributes', () => {
    expect(sqlOf('{service_name="a", level="error", deployment_environment="prod"}').sql).toBe('service_name = {p0:String} AND level = {p1:String} AND resource_labels[{p2:String}] = {p3:String}');
    const { sql, params } = sqlOf('{service_name="a"} | http_method="GET"');
    expect(sql).toContain('multiIf(mapContains(attributes, {p1:String}), attributes[{p1:String}], mapContains(attributes, {p2:String}), attributes[{p2:String}], resource_labels[{p1:String}])');
    expect(params).toMatchObject({ p1: 'http_method', p2: 'http.method', p3: 'GET' });
  });

  it('anchors label regexes as Loki does, keeps (?i) first, and lower-cases ids', () => {
    expect(sqlOf('{a=~"(?i)prod.*"}').params).toMatchObject({ p1: '(?i)^(?:prod.*)$' });
    expect(sqlOf('{a="b"} | trace_id="ABCDEF"').params).toMatchObject({ p2: 'abcdef' });
  });

  it('escapes LIKE wildcards so a line filter is a plain substring', () => {
    expect(likeContains('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });
});
