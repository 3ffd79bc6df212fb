import type { Language } from './language-store.ts';

/**
 * A trace hop's note in Japanese. The engine writes each hop's note as a short English phrase
 * (the CLI and the JSON export keep it); the phrases come from a closed set of shapes, each read
 * here by a pattern with its Japanese template. The test traces every pair of every shared
 * scenario and requires every note met to be worded. A note of an unknown shape stays English.
 */
type Rule = readonly [RegExp, (...parts: string[]) => string];

const way = (direction: string) => (direction === 'outbound' ? 'アウトバウンド' : 'インバウンド');

/** More specific shapes first: "translates the source …" before "translates … to …". */
const RULES: readonly Rule[] = [
  [/^accepts TCP connections to its service$/, () => 'サービスへの TCP 接続を受け付ける'],
  [/^accepts no inbound connections$/, () => 'インバウンド接続を受け付けない'],
  [/^accepts the connection$/, () => '接続を受け付ける'],
  [/^brings the reply back from the service$/, () => 'サービスからの応答を戻す'],
  [/^drops a reply to a connection that started outside$/, () => '外部から始まった接続への応答を破棄する'],
  [/^carries only TCP, UDP and ICMP$/, () => 'TCP、UDP、ICMP だけを通す'],
  [/^has no targets$/, () => 'ターゲットがない'],
  [/^lets the IPv6 connection out$/, () => 'IPv6 の接続を外へ通す'],
  [/^refuses a connection from outside$/, () => '外部からの接続を拒否する'],
  [/^sends the IPv6 packet to the internet$/, () => 'IPv6 パケットをインターネットへ送る'],
  [/^serves only traffic that starts in its VPC$/, () => '自身の VPC から始まるトラフィックだけを扱う'],
  [/^source\/destination check is on$/, () => '送信元/送信先チェックが有効になっている'],
  [
    /^the Amazon DNS resolver; groups and NACLs never filter it$/,
    () => 'Amazon DNS リゾルバー (セキュリティグループとネットワーク ACL の対象外)',
  ],
  [/^the peered VPCs overlap$/, () => 'ピアリングした VPC の CIDR が重複している'],
  [
    /^would translate a reply whose request did not pass it$/,
    () => '通過していないリクエストへの応答を変換することになる',
  ],
  [
    /^a listener takes the connection and opens new ones to the targets$/,
    () => 'リスナーが接続を受け、ターゲットへ新しい接続を開く',
  ],
  [/^no target leg is allowed$/, () => 'どのターゲットへの接続も許可されない'],
  [/^forwards the packet$/, () => 'パケットを転送する'],
  [
    /^(outbound|inbound) (allowed|denied) by rule (\S+) of (\S+) \((\S+)\)$/,
    (direction, verdict, rule, nacl, subnet) =>
      `${nacl} (${subnet}) の${way(direction)}ルール ${rule} により${verdict === 'allowed' ? '許可' : '拒否'}`,
  ],
  [
    /^(outbound|inbound) allowed by (\S+) rule (\S+)$/,
    (direction, group, rule) => `${group} の${way(direction)}ルール ${rule} により許可`,
  ],
  [
    /^no (outbound|inbound) rule of (.+) allows it$/,
    (direction, groups) =>
      `${groups === 'its groups' ? 'セキュリティグループ' : groups} に、許可する${way(direction)}ルールがない`,
  ],
  [/^(\S+) is in none of its on-premises networks$/, (ip) => `${ip} はどのオンプレミスネットワークにも含まれない`],
  [/^(\S+) is not a private address in (\S+)$/, (ip, vpc) => `${ip} は ${vpc} のプライベートアドレスではない`],
  [/^(\S+) is not in (\S+)$/, (ip, vpc) => `${ip} は ${vpc} の範囲外`],
  [/^(\S+) is a blackhole route$/, (route) => `${route} はブラックホールルート`],
  [
    /^(\S+)'s attachment has no subnet in (\S+)$/,
    (vpc, az) => `${vpc} のアタッチメントには AZ ${az} のサブネットがない`,
  ],
  [/^carries the packet into (\S+)$/, (vpc) => `パケットを ${vpc} へ運ぶ`],
  [/^carries the packet to (.+)$/, (service) => `パケットを ${service} へ運ぶ`],
  [/^delivers the packet into (\S+)$/, (vpc) => `パケットを ${vpc} に届ける`],
  [/^lets (\S+) in$/, (ip) => `${ip} 宛ての通信を中へ通す`],
  [/^listens on TCP (\d+)$/, (port) => `TCP ${port} で待ち受ける`],
  [/^no public address for (\S+)$/, (ip) => `${ip} にパブリックアドレスがない`],
  [/^translates only public addresses, not (\S+)$/, (ip) => `パブリックアドレスだけを変換し、${ip} は変換しない`],
  [/^no route matches (\S+)$/, (ip) => `${ip} に一致するルートがない`],
  [/^refuses the private destination (\S+)$/, (ip) => `プライベートな宛先 ${ip} を拒否する`],
  [
    /^routes (.+?) to (\S+) \((static|propagated)\)$/,
    (destination, target, origin) =>
      `${destination} を ${target} へルーティング (${origin === 'static' ? '静的' : '伝播'})`,
  ],
  [/^routes (.+?) to (.+)$/, (destination, target) => `${destination} を ${target} へルーティング`],
  [
    /^sends the packet over the (Site-to-Site VPN|Direct Connect link) to (\S+)$/,
    (link, network) =>
      `${link === 'Direct Connect link' ? 'Direct Connect' : 'Site-to-Site VPN'} 経由でパケットを ${network} へ送る`,
  ],
  [/^sends the packet to (\S+)$/, (to) => `パケットを ${to} へ送る`],
  [/^sends the reply to (\S+)$/, (to) => `応答を ${to} へ送る`],
  [/^translates the reply back to (\S+)$/, (ip) => `応答の宛先を ${ip} に戻す`],
  [
    /^translates the source (\S+) to its own address (\S+)$/,
    (from, to) => `送信元 ${from} を自身のアドレス ${to} に変換する`,
  ],
  [/^translates (\S+) to (\S+)$/, (from, to) => `${from} を ${to} に変換する`],
];

/** The note in the page's language: the engine's English, or its Japanese wording. */
export function hopNoteText(note: string, language: Language): string {
  if (language !== 'ja') return note;
  for (const [pattern, word] of RULES) {
    const match = pattern.exec(note);
    if (match) return word(...match.slice(1));
  }
  return note;
}
