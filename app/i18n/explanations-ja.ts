import {
  everyoneOf,
  type Explanation,
  type ExplanationKind,
  type ExplanationParams,
  type SpaceParts,
} from '../../src/engine/index.ts';
import type { Language } from './language-store.ts';

/**
 * Explanations in Japanese. The engine writes its sentences in English (the CLI and the JSON
 * export keep them) and adds their specifics as `params`; here each kind of sentence has a
 * Japanese template. Terms follow the AWS Japanese console.
 */
interface Sentence {
  readonly message: string;
  readonly fix: string;
}

type Templates = { readonly [K in ExplanationKind]: (p: Extract<ExplanationParams, { kind: K }>) => Sentence };

/** Names the engine words in English (places that are not resources). */
export function jaName(name: string): string {
  if (name === 'the internet') return 'インターネット';
  const host = /^the internet host (.+)$/.exec(name);
  if (host) return `インターネット上のホスト ${host[1]}`;
  const resolver = /^(.+) DNS resolver$/.exec(name);
  if (resolver) return `${resolver[1]} の DNS リゾルバー`;
  return name;
}

const VIA: Readonly<Record<string, string>> = {
  'a peering connection': 'ピアリング接続',
  'the VPN or Direct Connect': 'VPN または Direct Connect',
  'an internet gateway': 'インターネットゲートウェイ',
};

/** "TCP ポート 443、UDP ポート 53" for the parts of a flow space. */
export function jaFlows(parts: SpaceParts): string {
  if (parts.all) return 'すべてのトラフィック';
  const out: string[] = [];
  if (parts.tcp) out.push(parts.tcp === 'all' ? 'すべての TCP ポート' : `TCP ポート ${parts.tcp}`);
  if (parts.udp) out.push(parts.udp === 'all' ? 'すべての UDP ポート' : `UDP ポート ${parts.udp}`);
  if (parts.icmp) out.push(parts.icmp);
  if (parts.other) out.push('その他のプロトコル');
  return out.join('、') || 'なし';
}

const way = (direction: 'ingress' | 'egress') => (direction === 'egress' ? 'アウトバウンド' : 'インバウンド');
/** "10.0.1.10 宛ての" (egress) or "10.0.1.10 からの" (ingress). */
const toFrom = (direction: 'ingress' | 'egress', peer: string) =>
  direction === 'egress' ? `${jaName(peer)} 宛ての` : `${jaName(peer)} からの`;

export const JA_EXPLANATIONS: Templates = {
  noRoute: ({ table, destination, internet }) => ({
    message: internet
      ? `ルートテーブル ${table} には ${jaName(destination)} に一致するルートがないため、インターネット向けのトラフィックに行き先がありません。`
      : `ルートテーブル ${table} には ${jaName(destination)} に一致するルートがないため、パケットに行き先がありません。`,
    fix: internet
      ? '0.0.0.0/0 (IPv6 では ::/0) へのルートを追加し、インターネットゲートウェイに向けてください。プライベートサブネットなら NAT ゲートウェイに向けます。'
      : `${table} に、送信先が ${jaName(destination)} を含み、そこへ通じるゲートウェイまたは接続をターゲットとするルートを追加してください。`,
  }),
  blackhole: ({ table, destination, route }) => ({
    message: `${table} のルート ${route} は ${jaName(destination)} に一致しますが、ターゲットがもう存在しない (ブラックホールルート) ため、パケットは破棄されます。`,
    fix: `${table} のルート ${route} のターゲットを既存のゲートウェイまたは接続に変更するか、ルートを削除してください。`,
  }),
  naclDenied: ({ nacl, direction, flows, rule, peer, reply }) => {
    const text = jaFlows(flows);
    const subject = reply ? `応答 (${text}、クライアントのエフェメラルポート)` : text;
    const byRule =
      rule === '*'
        ? `一致する${way(direction)}ルールがないため、最後のルール * で拒否されます`
        : `${way(direction)}ルール ${rule} で拒否されます`;
    return {
      message: `ネットワーク ACL ${nacl} が ${toFrom(direction, peer)}${subject}をブロックしています。${byRule}。ネットワーク ACL はステートレスなため、応答にも専用のルールが必要です。`,
      fix: `${nacl} に、${toFrom(direction, peer)}${text}を許可する${way(direction)}ルールを追加してください。ルール番号は、これを拒否するルールより小さくします。`,
    };
  },
  sgDenied: ({ owner, groups, direction, flows, peer }) => {
    const list =
      groups.length === 0 ? `${owner} のセキュリティグループ` : `${owner} のセキュリティグループ ${groups.join(', ')}`;
    const text = jaFlows(flows);
    return {
      message: `${list}には、${toFrom(direction, peer)}${text}を許可する${way(direction)}ルールがありません。セキュリティグループは許可ルールだけを持ち、どのルールにも当てはまらない通信は拒否されます。`,
      fix: `${groups[0] ?? `${owner} のセキュリティグループ`} に、${direction === 'egress' ? '送信先' : '送信元'}を ${jaName(peer)} (またはそれが属するグループ) とする ${text} の${way(direction)}ルールを追加してください。`,
    };
  },
  noPublicAddressForEgress: ({ igw, source, ipv6 }) =>
    ipv6
      ? {
          message: `${source} には IPv6 アドレスがないため、インターネットゲートウェイ ${igw} には送信元として使えるアドレスがありません。`,
          fix: `${source} に IPv6 アドレスを割り当ててください (サブネットに IPv6 CIDR が必要です)。`,
        }
      : {
          message: `${source} はインターネットゲートウェイ ${igw} に到達しますが、パブリック IPv4 アドレスも Elastic IP もないため、ゲートウェイには変換先のパブリックアドレスがありません。`,
          fix: `${source} の「パブリック IP」をオンにするか Elastic IP を関連付けてください。または、パブリックサブネットの NAT ゲートウェイを経由してインターネットに出るようにしてください。`,
        },
  privateDestinationViaIgw: ({ igw, destination, shared }) => ({
    message: `ルートは ${destination} をインターネットゲートウェイ ${igw} に送りますが、${destination} は${shared ? '共有アドレス (100.64.0.0/10)' : 'プライベートアドレス (RFC 1918)'}なので、インターネット経由では決して到達できません。`,
    fix: `${destination} へは、そのネットワークに通じるピアリング接続、トランジットゲートウェイ、または VPN を経由するようにルーティングしてください。`,
  }),
  noPublicAddressForIngress: ({ gateway, destination }) => ({
    message: `${destination} にはパブリックアドレスがないため、インターネットゲートウェイ ${gateway} には配送先がありません。インターネットから到達できるのはパブリック IP か Elastic IP だけです。`,
    fix: `パブリックサブネットで ${destination} にパブリック IP か Elastic IP を割り当てるか、前段にロードバランサーを置いてください。`,
  }),
  privateAddressFromInternet: ({ gateway, destination, address, publicAddress }) => ({
    message: `${address} は ${destination} のプライベートアドレスです (パブリックアドレスは ${publicAddress})。インターネットはプライベートアドレスをルーティングせず、インターネットゲートウェイ ${gateway} が変換するのはパブリックアドレスだけなので、インターネットからは ${address} に届きません。`,
    fix: `代わりに ${destination} のパブリックアドレス ${publicAddress} に接続してください。リソース ID を指定しても、インターネットからはそのアドレスを指します。`,
  }),
  unheldPrivateAddress: ({ gateway, address, vpc }) => ({
    message: `${address} は ${vpc} の中のプライベートアドレスで、どのリソースも持っていません。インターネットはプライベートアドレスをルーティングしないため、インターネットから ${gateway} を通って ${address} に届くものはありません。`,
    fix: '接続したいリソースのパブリックアドレスか、そのリソース ID を指定してください。',
  }),
  noInternetGateway: ({ vpc, destination }) => ({
    message: `${destination} は ${vpc} の中にありますが、この VPC にはインターネットゲートウェイがないため、インターネットからは何も入れません。`,
    fix: `${vpc} にインターネットゲートウェイをアタッチし、サブネットの 0.0.0.0/0 をそこへルーティングしてください。`,
  }),
  natNoInbound: ({ nat }) => ({
    message: `${nat} は NAT ゲートウェイです。内側から開始された接続だけを通し、外からこのゲートウェイへ接続を開くことはできません。`,
    fix: 'NAT ゲートウェイの背後にあるリソースには、ロードバランサー、踏み台ホスト、または VPN を経由して接続してください。',
  }),
  natSourceNotInVpc: ({ nat, via }) => ({
    message: `${nat} が変換するのは、自身の VPC またはトランジットゲートウェイからのトラフィックだけです。${VIA[via] ?? via} を経由して届いたトラフィックは利用できません。`,
    fix: '相手のネットワークに専用の NAT ゲートウェイを用意するか、集約用の出口 VPC を持つトランジットゲートウェイで接続してください。',
  }),
  natProtocol: ({ nat, protocol }) => ({
    message: `${nat} は NAT ゲートウェイです。NAT ゲートウェイが通すのは TCP、UDP、ICMP だけなので、${protocol === undefined ? 'その他のプロトコル' : `プロトコル ${protocol}`}は破棄されます。`,
    fix: 'このトラフィックは、パブリック IP を持つリソースからインターネットゲートウェイ経由で送るか、NAT インスタンスを経由させてください。または TCP か UDP で運んでください。',
  }),
  sourceDestCheck: ({ instance, destination }) => ({
    message: `${instance} は自分のアドレスではない ${destination} 宛てのパケットを受け取りますが、送信元/送信先チェックが有効なため破棄します。`,
    fix: `${instance} の「送信元/送信先チェック」をオフにすると、NAT インスタンスとしてトラフィックを転送できます。`,
  }),
  eigwNoInbound: ({ eigw, reply }) =>
    reply
      ? {
          message: `応答は Egress-only インターネットゲートウェイ ${eigw} にルーティングされますが、このゲートウェイは内側から開始された通信しか外へ出しません。リクエストはインターネットゲートウェイから入ってきたため、応答は破棄されます。`,
          fix: 'インターネット側から接続を開く必要があるなら、このサブネットのルートテーブルで ::/0 をインターネットゲートウェイへルーティングしてください。',
        }
      : {
          message: `この VPC が IPv6 インターネットに出る経路は Egress-only インターネットゲートウェイ ${eigw} だけです。このゲートウェイは外向きの接続を通しますが、内向きの接続は決して通しません。`,
          fix: 'インターネットからこのリソースへ接続を開く必要があるなら、インターネットゲートウェイをアタッチし、::/0 をそこへルーティングしてください。',
        },
  peeringNotTransitive: ({ pcx, destination, peerVpc }) => ({
    message: `ピアリング接続 ${pcx} が運ぶのは ${peerVpc} 内のアドレス宛てのトラフィックだけで、${jaName(destination)} はそれに含まれません。ピアリングは推移的ではありません。VPC はピアのインターネットゲートウェイ、NAT ゲートウェイ、VPN、他のピアリングを利用できません。`,
    fix: `${jaName(destination)} を持つネットワークと直接ピアリングするか、トランジットゲートウェイで VPC 同士を接続してください。`,
  }),
  peeringOverlap: ({ pcx }) => ({
    message: `ピアリング接続 ${pcx} は CIDR ブロックが重複する 2 つの VPC をつないでいます。AWS ではこれは許可されないため、この接続は何も運びません。`,
    fix: '一方の VPC に、もう一方と重複しない CIDR ブロックを割り当ててください。',
  }),
  tgwAz: ({ tgw, vpc, az }) => ({
    message: `${vpc} のトランジットゲートウェイ ${tgw} へのアタッチメントにはアベイラビリティーゾーン ${az} のサブネットがないため、そのゾーンからのトラフィックはトランジットゲートウェイに届きません。`,
    fix: `${vpc} の ${tgw} へのアタッチメントに、${az} のサブネットを追加してください。`,
  }),
  tgwNoRoute: ({ tgw, destination }) => ({
    message: `トランジットゲートウェイ ${tgw} のルートテーブルには ${jaName(destination)} に一致するルートがありません。`,
    fix: `${jaName(destination)} を持つネットワークを ${tgw} にアタッチするか、静的ルートを追加してください。`,
  }),
  tgwBlackhole: ({ tgw, destination, route }) => ({
    message: `トランジットゲートウェイ ${tgw} では ${jaName(destination)} がブラックホールルート ${route} に一致するため、パケットは破棄されます (静的ルートは伝播されたルートより優先されます)。`,
    fix: `${tgw} からブラックホールルート ${route} を削除するか、アタッチメントを指すように変更してください。`,
  }),
  vgwOutside: ({ vgw, destination }) => ({
    message: `VPN ゲートウェイ ${vgw} が通じているのはオンプレミスネットワークだけで、${jaName(destination)} はそのどれにも含まれません。`,
    fix: `オンプレミスネットワークの CIDR に ${jaName(destination)} の範囲を追加するか、別の経路にルーティングしてください。`,
  }),
  vgwIngress: ({ vgw, destination }) => ({
    message: `${vgw} を通ってオンプレミスから届くトラフィックは、その VPC 内のインターフェイスのプライベートアドレスにしか配送されません。${jaName(destination)} はそれに当たらないため、VPC のインターネットゲートウェイ、NAT ゲートウェイ、エンドポイントは利用できません。`,
    fix: 'オンプレミスネットワーク側に独自のインターネット接続を用意するか、集約用の出口 VPC を持つトランジットゲートウェイで接続してください。',
  }),
  gatewayEndpointProtocol: ({ endpoint, flows }) => ({
    message: `ゲートウェイエンドポイント ${endpoint} が運ぶのは TCP と ICMP だけなので、${jaFlows(flows)} は利用できません。`,
    fix: 'TCP を使うか、NAT ゲートウェイまたはインターフェイスエンドポイントを経由してサービスにアクセスしてください。',
  }),
  gatewayEndpointRemote: ({ endpoint }) => ({
    message: `ゲートウェイエンドポイント ${endpoint} は自身の VPC 内で開始されたトラフィックしか扱いません。ピアリング、VPN、トランジットゲートウェイを経由して届いたトラフィックは利用できません。`,
    fix: '相手のネットワークに専用のエンドポイントを用意するか、ピアリングや接続先のネットワークからも到達できるインターフェイスエンドポイントを使ってください。',
  }),
  interfaceEndpointProtocol: ({ endpoint, flows }) => ({
    message: `インターフェイスエンドポイント ${endpoint} が受け付けるのは TCP 接続だけなので、${jaFlows(flows)} は拒否されます。`,
    fix: 'TCP でエンドポイントに接続してください。',
  }),
  endpointNeverInitiates: ({ endpoint }) => ({
    message: `${endpoint} はインターフェイスエンドポイントです。サービスへの接続を受け付けるだけで、自分から接続を開くことはありません。`,
    fix: 'エンドポイントを利用するリソースの側から接続を開始してください。',
  }),
  notListening: ({ resource, reason }) => ({
    message:
      reason.what === 'database'
        ? `${resource} はデータベースで、TCP ポート ${reason.port} でしか待ち受けていません。`
        : reason.what === 'lambda'
          ? `${resource} は Lambda 関数です。接続を開始するだけで、接続を受け付けることはありません。`
          : `${jaName(resource)} は UDP と TCP のポート 53 で DNS クエリに応答するだけです。`,
    fix: `${jaName(resource)} が実際に提供しているものに接続してください。`,
  }),
  listenerMismatch: ({ balancer, flows, listeners }) => ({
    message: `ロードバランサー ${balancer} には ${jaFlows(flows)} のリスナーがありません${listeners ? ` (待ち受けているのは ${listeners})` : ''}。そのため接続を受け付けるものがありません。`,
    fix: `${balancer} に ${jaFlows(flows)} のリスナーを追加するか、待ち受けているポートに接続してください。`,
  }),
  noTargets: ({ balancer }) => ({
    message: `ロードバランサー ${balancer} にはターゲットがないため、受け付けた接続の送り先がありません。`,
    fix: `インスタンス、データベース、またはインターフェイスエンドポイントを ${balancer} のターゲットとして登録してください。`,
  }),
  asymmetric: ({ component }) => ({
    message: `応答は ${component} にルーティングされますが、リクエストはそこを通っていないのに応答を変換しようとするため、応答は破棄されます (非対称な経路)。`,
    fix: '応答がリクエストと同じ経路をたどるように、戻りの経路にあるルートテーブルを修正してください。',
  }),
  elsewhere: ({ table, destination, reached }) => ({
    message: `ルートテーブル ${table} は ${jaName(destination)} 宛てのトラフィックを ${jaName(reached)} に送りますが、${jaName(destination)} はそこにはないため、決して届きません。`,
    fix: `${table} に、${jaName(destination)} のアドレス宛てで、そこへ通じるゲートウェイまたは接続を指すルートを追加してください。`,
  }),
  noSuchAddress: ({ destination, where }) => ({
    message: `${where} にはアドレス ${destination} を持つリソースがないため、パケットを受け取るものがありません。`,
    fix: '設計内のリソースが使っているアドレスにトラフィックを送ってください。',
  }),
  routingLoop: ({ component }) => ({
    message: `パケットは ${component} で堂々巡りしています。ルートテーブルが来た方向へ送り返しています。`,
    fix: 'この経路上の各ルートテーブルが、パケットを送信先へ近づけるようになっているか確認してください。',
  }),
  outsideDesign: ({ from, to }) => ({
    message: `${jaName(from)} も ${jaName(to)} もあなたの VPC の中にないため、この設計はこのフローについて何も決めません。`,
    fix: 'VPC 内のリソースで始まるか終わるフローをトレースしてください。',
  }),
  noIpv6: ({ resource }) => ({
    message: `${resource} には IPv6 アドレスがないため、IPv6 のフローには参加できません。`,
    fix: `${resource} の IPv6 を有効にするか (サブネットに IPv6 CIDR が必要です)、IPv4 でフローをトレースしてください。`,
  }),
  invalid: ({ component }) => ({
    message: `${component} に検証エラーがあるため、そこを通るトラフィックは分析できません。`,
    fix: `「検出事項」タブに表示されている ${component} のエラーを修正してください。`,
  }),
};

/** Renders one kind of sentence; the cast is safe because the template is the kind's own. */
function render(params: ExplanationParams): Sentence | undefined {
  const template = JA_EXPLANATIONS[params.kind] as ((p: ExplanationParams) => Sentence) | undefined;
  return template?.(params);
}

/**
 * An explanation's sentence and fix in the language: the engine's English, or the Japanese
 * template of its kind (falling back to English for one without params or template).
 */
export function explanationText(explanation: Explanation, language: Language): Sentence {
  if (language === 'ja' && explanation.params) {
    const sentence = render(explanation.params);
    if (sentence) return withJaSampleNote(sentence, explanation.sampleAddress);
  }
  return { message: explanation.message, fix: explanation.fix };
}

/** The engine's note that the fix names only the sample internet address, in Japanese. */
function withJaSampleNote(sentence: Sentence, address: string | undefined): Sentence {
  if (!address) return sentence;
  const note = `${address} は VPC Lab が「インターネット」の代わりに使うサンプルアドレスで、あなたのアドレスではありません。実際のクライアントのアドレスを指定してください (インターネットの誰もが接続する必要がある場合に限り ${everyoneOf(address)})。`;
  return { ...sentence, fix: `${sentence.fix}${note}` };
}
