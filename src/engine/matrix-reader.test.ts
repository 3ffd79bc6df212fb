import { describe, expect, it } from 'vitest';
import { indexDocument, type VpcLabDocument } from '../model/index.ts';
import { analyse, type Analysis, type Cell } from './analyse.ts';
import { compileDocument } from './compile/index.ts';
import { cellOpens, describeCell, matrixVerdict, opensConnections, readMatrix } from './matrix-reader.ts';

/** A web tier open on 443, a database open to it on 5432, a NAT gateway and an S3 endpoint. */
const document = {
  format: 'vpclab',
  version: 2,
  name: 'reader',
  resources: [
    { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
    { id: 'igw', type: 'internet-gateway', vpc: 'vpc' },
    { id: 'rt-public', type: 'route-table', vpc: 'vpc', routes: [{ destination: '0.0.0.0/0', target: 'igw' }] },
    { id: 'rt-private', type: 'route-table', vpc: 'vpc', routes: [{ destination: '0.0.0.0/0', target: 'nat' }] },
    { id: 'public', type: 'subnet', vpc: 'vpc', cidr: '10.0.1.0/24', az: 'a', routeTable: 'rt-public' },
    { id: 'private', type: 'subnet', vpc: 'vpc', cidr: '10.0.2.0/24', az: 'a', routeTable: 'rt-private' },
    { id: 'nat', type: 'nat-gateway', subnet: 'public' },
    { id: 's3-gw', type: 'vpc-endpoint', vpc: 'vpc', kind: 'gateway', service: 's3', routeTables: ['rt-private'] },
    {
      id: 'sg-web',
      type: 'security-group',
      vpc: 'vpc',
      inbound: [{ protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }],
      outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
    },
    {
      id: 'sg-db',
      type: 'security-group',
      vpc: 'vpc',
      inbound: [{ protocol: 'tcp', ports: '5432', securityGroup: 'sg-web' }],
      outbound: [],
    },
    { id: 'web', type: 'instance', subnet: 'public', publicIp: true, securityGroups: ['sg-web'] },
    { id: 'db', type: 'database', engine: 'postgres', subnets: ['private'], securityGroups: ['sg-db'] },
  ],
} as unknown as VpcLabDocument;

const analysis: Analysis = analyse(compileDocument(document, indexDocument(document)), 4);

/** The cell as the matrix's definition gives it: a linear search for each end. */
function cellBySearch(from: string, to: string): Cell | undefined {
  const a = analysis.endpoints.find((e) => e.id === from);
  const b = analysis.endpoints.find((e) => e.id === to);
  if (!a || !b || a === b) return undefined;
  const cell = analysis.cells[a.class * analysis.classCount + b.class] ?? -1;
  return cell < 0 ? undefined : analysis.table[cell];
}

describe('readMatrix', () => {
  const reader = readMatrix(analysis);

  it('is built once per analysis', () => {
    expect(readMatrix(analysis)).toBe(reader);
  });

  it('finds the cell of every ordered pair, as the matrix defines it', () => {
    const ids = analysis.endpoints.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['internet', 's3', 'web', 'db', 'nat']));
    for (const from of ids) for (const to of ids) expect(reader.cell(from, to)).toBe(cellBySearch(from, to));
    expect(reader.cell('web', 'nobody')).toBeUndefined();
    expect(reader.endpoint('db')?.type).toBe('database');
  });

  it('answers for the port asked: web opens 5432 to db, not 443', () => {
    const cell = reader.cell('web', 'db');
    expect(cellOpens(cell, 5432)).toBe(true);
    expect(cellOpens(cell, 443)).toBe(false);
    expect(cellOpens(cell)).toBe(true);
    expect(matrixVerdict(cell, 'tcp', 5432)).toBe('allowed');
    expect(matrixVerdict(cell, 'tcp', 443)).toBe('blocked');
    expect(matrixVerdict(cell, 'tcp')).toBe('partial');
    expect(matrixVerdict(cell, 'all')).toBe('partial');
    expect(matrixVerdict(reader.cell('db', 'web'), 'all')).toBe('blocked');
    expect(describeCell(cell!)).toBe('tcp 5432');
  });

  it('describes ports as the document writes them', () => {
    expect(describeCell({ tcp: [0, 65535], udp: [53, 53, 1024, 2048], icmp: true, other: false })).toBe(
      'tcp all, udp 53 1024-2048, icmp',
    );
  });

  it('knows which endpoints never open a connection: S3, DynamoDB, NAT gateways', () => {
    const openers = analysis.endpoints.filter(opensConnections).map((e) => e.id);
    expect(openers).toEqual(expect.arrayContaining(['internet', 'web', 'db']));
    expect(openers).not.toContain('s3');
    expect(openers).not.toContain('nat');
  });
});
