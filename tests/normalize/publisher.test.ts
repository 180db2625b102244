import { describe, expect, test } from 'vitest';
import { publisherName } from '../../src/normalize/publisher.ts';

describe('publisherName', () => {
  test.each([
    ['https://baijiahao.baidu.com/s?id=1815300492146678934&wfr=spider&for=pc', '百家号'],
    ['https://finance.sina.com.cn/tech/2024-11-05/doc-1.shtml', '新浪财经'],
    ['https://tech.sina.com.cn/i/2024-11-05/doc-2.shtml', '新浪'],
    ['https://news.sina.cn/2024-11-05/detail-3.d.html', '新浪'],
    ['https://news.cnr.cn/native/gd/20241105/t1.shtml', '央广网'],
    ['https://36kr.com/p/3018812345', '36氪'],
    ['https://www.huxiu.com/article/3500000.html', '虎嗅'],
    ['https://www.thepaper.cn/newsDetail_forward_29000000', '澎湃新闻'],
    ['https://www.163.com/dy/article/JF1.html', '网易'],
    ['https://mp.weixin.qq.com/s/AbCdEf', '微信公众号'],
    ['https://new.qq.com/rain/a/20241105A01', '腾讯新闻'],
    ['https://www.news.cn/tech/20241105/c.html', '新华网'],
    ['http://www.xinhuanet.com/tech/2024-11/05/c.htm', '新华网'],
    ['https://www.chinanews.com.cn/cj/2024/11-05/1.shtml', '中国新闻网'],
    ['https://www.ithome.com/0/806/123.htm', 'IT之家'],
    ['https://blog.csdn.net/user/article/details/1', 'CSDN'],
    ['https://zhuanlan.zhihu.com/p/1', '知乎'],
    ['https://WWW.JIEMIAN.COM./article/1.html', '界面新闻'],
  ])('names the publisher of %s %j', (link, name) => {
    expect(publisherName(link)).toBe(name);
  });

  test.each([
    ['https://www.example.com/news/1.html', 'example.com'],
    ['https://news.example.org:8443/a', 'news.example.org'],
    ['https://fakeqq.com/a', 'fakeqq.com'],
    ['https://qq.com.example.net/a', 'qq.com.example.net'],
    ['http://192.168.1.1/a', '192.168.1.1'],
    ['https://www/a', 'www'],
  ])('names an unknown host %s by the host alone, %j', (link, name) => {
    expect(publisherName(link)).toBe(name);
  });
});
