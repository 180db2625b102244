import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

// Writes N synthetic records in the seed format, the same for the same seed value. Every file is
// marked synthetic: its name starts with `synthetic_`, its link points to `synthetic.invalid`.

const companies = [
  '科大讯飞',
  '深度求索',
  '字节跳动',
  '百度',
  '华为',
  '阿里巴巴',
  '腾讯',
  '商汤科技',
  '天融信',
  '寒武纪',
  '小米',
  '比亚迪',
  '宁德时代',
  '智谱',
  '月之暗面',
  '英伟达',
  '大疆',
  '联影医疗',
  '蚂蚁集团',
  '京东',
  '美团',
  '海康威视',
  '中芯国际',
  '理想汽车',
  '蔚来',
  '360集团',
  '昆仑万维',
  '云从科技',
  '旷视科技',
  '地平线',
];
const heads = [
  '智能',
  '数据',
  '模型',
  '算力',
  '数字',
  '工业',
  '医疗',
  '金融',
  '教育',
  '城市',
  '安全',
  '语音',
  '视觉',
  '机器',
  '芯片',
  '云端',
  '边缘',
  '终端',
  '能源',
  '交通',
  '农业',
  '零售',
  '制造',
  '政务',
  '文旅',
  '物流',
  '汽车',
  '传媒',
  '法律',
  '气象',
];
const tails = [
  '平台',
  '芯片',
  '服务',
  '应用',
  '生态',
  '标准',
  '监管',
  '融资',
  '出海',
  '开源',
  '安全',
  '治理',
  '基座',
  '助手',
  '终端',
  '集群',
  '中心',
  '方案',
  '产业链',
  '人才',
  '专利',
  '合规',
  '创新',
  '赋能',
  '评测',
  '训练',
  '推理',
  '部署',
  '备案',
  '采购',
  '合作',
  '并购',
  '上市',
  '财报',
  '试点',
  '落地',
  '升级',
  '转型',
  '改造',
  '工厂',
  '园区',
  '基金',
  '算法',
  '数据集',
  '大赛',
  '论坛',
  '白皮书',
  '报告',
  '政策',
  '规划',
  '联盟',
  '实验室',
  '研究院',
  '孵化器',
  '加速器',
  '路线图',
  '指数',
  '排行',
  '峰会',
  '成果',
  '突破',
  '发布',
  '迭代',
  '开放日',
  '招标',
  '中标',
  '订单',
  '产能',
  '出货',
  '份额',
];
const techs = [
  '大语言模型',
  '多模态大模型',
  '生成式人工智能',
  '计算机视觉',
  '语音识别',
  '语音合成',
  '自然语言处理',
  '知识图谱',
  '推荐系统',
  '强化学习',
  '联邦学习',
  '边缘计算',
  '智能体',
  '具身智能',
  '自动驾驶',
  '机器人技术',
  '数字孪生',
  '检索增强生成',
  '扩散模型',
  '图神经网络',
  '深度学习',
  '机器翻译',
  '光学字符识别',
  '人脸识别',
  '情感分析',
  '预测性维护',
  '智能客服',
  '代码生成',
  '文生图',
  '文生视频',
  '语义搜索',
  '异常检测',
  '时序预测',
  '医学影像分析',
  '蛋白质结构预测',
  '药物发现',
  '量化交易',
  '风险控制模型',
  '智能推荐',
  '虚拟数字人',
  '端到端驾驶',
  '激光雷达感知',
  '路径规划',
  '模型压缩',
  '模型蒸馏',
  '混合专家模型',
  '长文本建模',
  '思维链推理',
  '向量数据库',
  'AI芯片设计',
  '类脑计算',
  '量子机器学习',
  '隐私计算',
  '合成数据',
  '提示工程',
  '人类反馈强化学习',
  '小样本学习',
  '迁移学习',
  '多智能体协作',
  'AIGC',
];
const industries = [
  '人工智能',
  '半导体',
  '互联网',
  '金融',
  '医疗健康',
  '教育',
  '汽车',
  '制造',
  '能源',
  '电力',
  '通信',
  '传媒',
  '游戏',
  '零售',
  '电商',
  '物流',
  '交通',
  '农业',
  '政务',
  '法律',
  '房地产',
  '建筑',
  '化工',
  '钢铁',
  '航空航天',
  '国防',
  '文旅',
  '体育',
  '餐饮',
  '保险',
  '证券',
  '银行',
  '网络安全',
  '云计算',
  '软件',
  '硬件',
  '机器人',
  '新能源',
  '环保',
  '生物医药',
];
const fillers = [
  '据悉',
  '业内人士表示',
  '数据显示',
  '与此同时',
  '值得注意的是',
  '从长远来看',
  '分析人士认为',
  '在此背景下',
  '公开资料显示',
  '相关负责人介绍',
  '记者了解到',
  '业界普遍认为',
];
const verbs = [
  '发布了',
  '推出了',
  '升级了',
  '完成了',
  '启动了',
  '签署了',
  '落地了',
  '扩大了',
  '加速了',
  '深化了',
  '展示了',
  '公布了',
];
const objects = [
  '新一代产品',
  '合作协议',
  '战略规划',
  '研发计划',
  '试点项目',
  '技术方案',
  '行业标准',
  '融资计划',
  '开放平台',
  '应用场景',
  '生态合作',
  '人才计划',
];
const results = [
  '市场反应积极',
  '效率明显提升',
  '成本进一步下降',
  '用户规模持续增长',
  '产业链上下游加快协同',
  '行业竞争更加激烈',
  '监管要求日益明确',
  '应用落地速度加快',
  '研发投入持续加大',
  '国产化进程提速',
];

/** A deterministic generator of numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const keywords = heads.flatMap((head) => tails.map((tail) => `${head}${tail}`)).slice(0, 2000);

/** Picks from a list with a long tail: item `i` is chosen with weight 1 / (i + 1). */
function zipf(items: readonly string[], next: () => number): string {
  const harmonic = items.reduce((sum, _, index) => sum + 1 / (index + 1), 0);
  let target = next() * harmonic;
  for (let index = 0; index < items.length; index++) {
    target -= 1 / (index + 1);
    if (target <= 0) return items[index]!;
  }
  return items[items.length - 1]!;
}

function pickSome(
  items: readonly string[],
  min: number,
  max: number,
  next: () => number,
  skewed = false,
): string[] {
  const count = min + Math.floor(next() * (max - min + 1));
  const picked = new Set<string>();
  while (picked.size < count)
    picked.add(skewed ? zipf(items, next) : items[Math.floor(next() * items.length)]!);
  return [...picked];
}

// `next` is below 1, so a random index is within a list; the lists are never empty.
function one<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)]!;
}

function sentence(terms: readonly string[], next: () => number): string {
  return `${one(fillers, next)}，${one(companies, next)}${one(verbs, next)}${one(terms, next)}相关的${one(objects, next)}，${one(results, next)}。`;
}

/** The days the records are spread over: by default two years from 2023-01-01. */
export interface DateRange {
  from: string;
  days: number;
}

const twoYears: DateRange = { from: '2023-01-01', days: 730 };

/** The text of synthetic record number `index`; with `dates` null it has no date, as records scraped in the seed format. */
export function syntheticRecord(
  index: number,
  seed: number,
  dates: DateRange | null = twoYears,
): string {
  const next = random(seed * 1_000_003 + index);
  const words = pickSome(keywords, 3, 8, next, true);
  const tech = pickSome(techs, 1, 4, next, true);
  const industry = pickSome(industries, 1, 3, next, true);
  const company = one(companies, next);
  const terms = [...words, ...tech, company];
  const length = 1500 + Math.floor(next() * 2000);
  let body = '';
  while (body.length < length) body += sentence(terms, next);
  const offset = Math.floor(next() * (dates?.days ?? 1));
  const day =
    dates && new Date(Date.parse(dates.from) + offset * 86_400_000).toISOString().slice(0, 10);
  const events = Array.from(
    { length: 3 + Math.floor(next() * 4) },
    (_, item) => `${item + 1}. ${sentence(terms, next)}`,
  ).join('\n');
  return [
    `标题: ${company}${one(verbs, next)}${words[0]}${one(objects, next)}`,
    `链接: https://synthetic.invalid/news/${seed}/${index}`,
    ...(day ? [`日期: ${day}`] : []),
    `总结: ${body}`,
    `关键词: ${words.join(', ')}`,
    `AI技术: ${tech.join(', ')}`,
    `行业: ${industry.join(', ')}`,
    `重大事件摘要: 这篇合成文章介绍了${company}的动态。以下是文章中提到的重大事件：`,
    '',
    events,
    '',
  ].join('\n');
}

/** Writes records `from` to `from + count - 1` into a folder, as `synthetic_<index>.txt`; undated when `dates` is null. */
export function writeCorpus(
  dir: string,
  count: number,
  seed = 1,
  from = 0,
  dates: DateRange | null = twoYears,
): void {
  mkdirSync(dir, { recursive: true });
  for (let index = from; index < from + count; index++) {
    writeFileSync(
      join(dir, `synthetic_${String(index).padStart(6, '0')}.txt`),
      syntheticRecord(index, seed, dates),
    );
  }
}

const usage = `Usage: npm run corpus -- --out <folder> [--records 1000] [--seed 1] [--undated]

Writes synthetic records in the seed format: dated over 2023-2024, or with --undated no date, as a
scraper writes them. The same seed writes the same records.`;

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      records: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      undated: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.out) {
    if (!values.out && !values.help) console.error('Name the folder to write with --out.');
    console.log(usage);
    process.exit(values.help ? 0 : 1);
  }
  writeCorpus(
    values.out,
    Number(values.records),
    Number(values.seed),
    0,
    values.undated ? null : twoYears,
  );
  console.log(`Wrote ${values.records} synthetic records to ${values.out}.`);
}
