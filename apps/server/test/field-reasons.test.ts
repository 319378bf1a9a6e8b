import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reasonOfSchemaIssue, type SchemaIssue, ZCreateDepartmentRequest, ZCreateJobRequest } from '@vouch/contracts';
import { problemText } from '../../web/src/app/problem-text.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

type FieldErrorBody = { field: string; message: string; reason?: string; params?: Record<string, unknown> };

describe('schema field errors carry a reason the clients word in the person’s language', () => {
  const t = useTestApp();

  test('a Swedish user sees a Swedish field error for a too-long name; an integrator keeps the English', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const name = 'x'.repeat(121);

    const sv = await client.post('/api/company/departments', { name }, { 'accept-language': 'sv-SE,sv;q=0.9' });
    assert.equal(sv.statusCode, 400, sv.body);
    const [svError] = sv.json().errors as FieldErrorBody[];
    assert.deepEqual(svError, {
      field: 'name',
      message: 'Högst 120 tecken',
      reason: 'field.too_long',
      params: { max: 120 },
    });
    // The web words the field by its reason, never by the English sentence.
    assert.equal(problemText('sv', svError.reason, svError.params), 'Högst 120 tecken');

    const en = await client.post('/api/company/departments', { name });
    assert.equal(en.statusCode, 400, en.body);
    const [enError] = en.json().errors as FieldErrorBody[];
    assert.deepEqual(enError, {
      field: 'name',
      message: 'At most 120 characters',
      reason: 'field.too_long',
      params: { max: 120 },
    });
    assert.equal(problemText('en', enError.reason, enError.params), 'At most 120 characters');
  });

  test('a blank name says it is required, in Swedish too', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const res = await client.post('/api/company/departments', { name: ' ' }, { 'accept-language': 'sv' });
    assert.equal(res.statusCode, 400, res.body);
    assert.deepEqual(res.json().errors, [{ field: 'name', message: 'Obligatoriskt', reason: 'field.required' }]);
  });

  test('the same reasons reach the forms’ own checks; a schema that words its own keeps its words', () => {
    const tooLong = ZCreateDepartmentRequest.safeParse({ name: 'x'.repeat(121) });
    assert.equal(tooLong.success, false);
    const [issue] = tooLong.error!.issues;
    assert.deepEqual(reasonOfSchemaIssue(issue as unknown as SchemaIssue), {
      reason: 'field.too_long',
      params: { max: 120 },
    });

    const steps = Array.from({ length: 31 }, (_, i) => ({ name: `Step ${i}`, kind: 'interview' }));
    const own = ZCreateJobRequest.safeParse({ title: 'Job', steps });
    const stepsIssue = own.error?.issues.find((i) => i.path.join('.') === 'steps');
    assert.equal(stepsIssue?.message, 'At most 30 steps');
    assert.equal(reasonOfSchemaIssue(stepsIssue as unknown as SchemaIssue), null);
  });
});
