// Common Chinese news hosts and the names their readers know them by. A host matches its own entry
// and every subdomain of it (`tech.163.com` is 网易); the longest matching entry wins, so
// `mp.weixin.qq.com` is 微信公众号, not 腾讯新闻.
const publishers = new Map(
  Object.entries({
    '163.com': '网易',
    '36kr.com': '36氪',
    'baijiahao.baidu.com': '百家号',
    'caixin.com': '财新',
    'chinanews.com': '中国新闻网',
    'chinanews.com.cn': '中国新闻网',
    'cls.cn': '财联社',
    'cnr.cn': '央广网',
    'csdn.net': 'CSDN',
    'eastmoney.com': '东方财富网',
    'finance.sina.com.cn': '新浪财经',
    'finance.sina.cn': '新浪财经',
    'guancha.cn': '观察者网',
    'huxiu.com': '虎嗅',
    'ifeng.com': '凤凰网',
    'infoq.cn': 'InfoQ',
    'ithome.com': 'IT之家',
    'jiemian.com': '界面新闻',
    'jiqizhixin.com': '机器之心',
    'leiphone.com': '雷锋网',
    'mp.weixin.qq.com': '微信公众号',
    'nbd.com.cn': '每日经济新闻',
    'news.cn': '新华网',
    'people.com.cn': '人民网',
    'qbitai.com': '量子位',
    'qq.com': '腾讯新闻',
    'sina.cn': '新浪',
    'sina.com.cn': '新浪',
    'sohu.com': '搜狐',
    'stcn.com': '证券时报网',
    'thepaper.cn': '澎湃新闻',
    'toutiao.com': '今日头条',
    'xinhuanet.com': '新华网',
    'yicai.com': '第一财经',
    'zhihu.com': '知乎',
  }),
);

/**
 * The publisher of a source link: the name of its host or of the longest host it is a subdomain of
 * in the table above, else the host itself without `www.`.
 */
export function publisherName(link: string): string {
  const host = new URL(link).hostname.replace(/\.$/, '');
  const labels = host.split('.');
  for (let start = 0; start < labels.length - 1; start++) {
    const name = publishers.get(labels.slice(start).join('.'));
    if (name !== undefined) return name;
  }
  return host.replace(/^www\./, '');
}
