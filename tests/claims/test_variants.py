"""A line's reading does not depend on how it is written: benchmarks/claims_variants.py's edits
(bold, a link or Chinese spacing, ASCII punctuation, emoji, a quotation, a numbered item or HTML
spaces, badges or an HTML title at the top, card front matter, sections reordered, the release
renamed, the tools and base models it names renamed to names no list holds, a logo in place of
its title, a long changelog before its first section, a
title written by the Hub's template for cards, a word written as another with the same meaning, a name written in lower case, a sentence opened by a linking word, an adverb before the mention, "we" written as the authors' team, a table's columns in another order, written in HTML or without outer pipes) change no reading of our probe documents that were once read differently under them, nor
of a small README of ours."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from claims_docs import Document, documents  # noqa: E402
from claims_variants import differences, readings  # noqa: E402

# probe documents (ours) with a line that an edit below once read differently
PROBED = {"HengJing", "WenQu-Chat", "Shuimo-Diffusion", "anchor-embed-v2", "Xuanji-Math", "thistle-rerank-v2", "Bailu-VL-7B", "Lingxi-1.5B-Instruct"}
PROBED |= {"Nimbus-Video", "SkyLark-VL", "Halberd", "larkspur", "Tidewater-Video", "Jiangxiao-Coder", "Anxi-Video", "Kiln-Video"}  # front matter
PROBED |= {"burrow-agents", "qingzhou", "Corvid-2", "Corvid-LM", "Ferrule-3B", "DengTa-Browser-Agent", "Hanhai-Geo", "Brisa-1.5", "Basalt-MoE", "ZhiWei-Law"}  # links
PROBED |= {"Tarn-LM", "stratos-4", "abacus-r1", "Feisuo-Infer", "Loom-Vision"}  # a bold or capitalised verb, a quotation, a numbered item, HTML spaces
# probe documents with a line once read differently when the tools and base models they name were renamed
UNKNOWN = {"Aster-Math-Merge", "Brightwater-R1", "FangCun-1.8B", "Ferrum-MoE-16B-A3B", "MinYin", "MoHeng-Med", "QiHuang-TCM", "Suanheng-Math"}
UNKNOWN |= {"Wickham-12B-Instruct-GGUF", "baizhu-med", "campus-kbqa", "campus-mate", "chenghu-vl", "harbor", "lingxi-math", "yunjing-14b"}
# probe documents with a line once read differently when a logo stood in place of the README's title
LOGO = {"Chixiao-Reasoner", "DuYi-MT", "Haitang-LLM", "Jianzhen-Embedding", "LiuYing-Video", "MoChuan-MoE", "MojiangCoder", "QiXia-Embedding", "Qihuang-TCM", "QinYun-Music"}
LOGO |= {"QingHe-Agri", "Qingyun-LLM", "XinYu-Counsel", "XuanjingVL", "XueHai-Edu", "YanTai-Bench", "chengming-llm", "inkwash-flux-lora", "jiahe-agri", "llais-asr-small"}
LOGO |= {"murmur-large-v2", "orrery-embed", "pixelpaws-xl-lora", "qianliu-llm", "saffron-diffusion", "shihai-ocr", "suanjing-reasoner", "tingtao-tts", "xuanji-coder"}
# probe documents with a line once read differently when a long changelog stood before their first section
PREAMBLE = {"Basalt-MoE", "Brightwater-R1", "Brisa-1.5", "Corvid-2", "Corvid-LM", "Kestrel-4B", "Meridian-2.5", "MoJian-OCR", "MuChun-Med", "QingWu-Chat", "Sable-1.5", "ShuoFeng-Audio", "lingxi-embedding"}
# probe documents with a line once read differently under a title written "# Model Card for X"
CARD = {"Chixiao-Reasoner", "DuYi-MT", "Jianzhen-Embedding", "LingXi-Reranker-zh", "LiuYing-Video", "MoRan-LoRA", "MojiangCoder", "Plinth3D", "QiXia-Embedding", "Qihuang-TCM"}
CARD |= {"QinYun-Music", "Qingyun-LLM", "ShuoFeng-Audio", "TanXun-Reranker-v2", "Thistle-R1", "XinYu-Counsel", "XingLin-Med", "XuanjingVL", "XueHai-Edu", "YanTai-Bench"}
CARD |= {"YihengMed", "YunXiang-Weather", "chartsage", "chenghu-vl", "heronbase-1", "inkwash-flux-lora", "jingluo-7b", "jsp-finllm", "nimbuscast", "qianliu-llm"}
CARD |= {"saffron-diffusion", "shihai-ocr", "songling-14b-chat-awq", "suanjing-reasoner", "yunque-vl-mnn", "zhijin-embed"}
# probe documents with a line once read differently when a word was written as another with the same meaning
SYNONYMED = {"QiMing-R", "LiuGuang-Video", "ShuHang-Reranker", "Chiyan", "Tallymark-Fin-3B", "nimbus-embed", "queqiao-mt", "kestrel-chat", "FengQiao-TTS", "ChuYang-1.8B"}
SYNONYMED |= {"corvid-2", "fathom-long", "Tingfeng-TTS", "Lingxi-1.5B-Instruct", "XingCha-Agent", "xiuyu-embedding", "XuanShu-VL-8B", "LawBrief", "kestrel-policy", "zhiji-agent"}
SYNONYMED |= {"Shiyan-32B-Instruct-GPTQ-Int4", "Brightwater-R1"}
# probe documents with a line once read differently when its first name was written in lower case
LOWER = {"Basalt-MoE", "Brightwater-R1", "Corvid-2", "Corvid-LM", "JiaHe-13B", "MoYun-8B-RP", "Sable-1.5", "ShuHang-Reranker"}
LOWER |= {"WenYuan-OCR", "dungeonkeep-7b", "longhaul-bench", "stratos-4", "thistle-instruct", "weichen", "xuanniao-tts", "zoetrope"}
# probe documents with a line once read differently when a sentence was opened by a linking word or given an adverb
LINKED = {"Boyu-2-9B-Instruct-GGUF", "Bramble-3B", "Brightwater-R1", "Brindle-13B-Chat-GGUF", "Changjiang-Weather", "Frostbite-Merge-7B", "Gannet-7B-v0.3", "Halcyon-Slerp-12B"}
LINKED |= {"Halyard-VLA", "Kestrel-4B", "KestrelCoder-2", "Lattice-Embed", "Lingxi-1.5B-Instruct", "Marigold-12B-Slerp", "Marlowe", "Mulberry-Merge-8B", "NX-Coder-V2", "Nimbus-MoE"}
LINKED |= {"Pintail-2", "QingLan", "Qingyun-LLM", "Qiyin-Whisper-zh-medical", "Sparrow-Det", "Thimble-7B-Instruct", "Wickham-12B-Instruct-GGUF", "Xiaoman-Coder", "YanZhi-Law"}
LINKED |= {"corvina-moe", "dovetail-judge", "duskwood-8b-gguf", "ferry-tts", "gavelfinch-13b-lora", "halcyon-coder-2", "halcyon-vit", "inkbrush-lora", "jinghe-med"}
LINKED |= {"kestrel-13b", "kestrel-14b-fc", "kestrel-chat", "kestrel-policy", "kestrel-vl", "larkspur", "llais-asr-small", "marlin-asr", "nimbus-clip-large", "nimbus-embed"}
LINKED |= {"pellucid-r1", "plume-plm", "pocketrag", "quillfin-7b-instruct", "quillon-base", "replica-v", "saltmarsh-legal-lora-8b", "sextant", "sieve-rerank"}
LINKED |= {"slate-4bit", "stratos-4", "taoli-math", "tessera-llm", "tessera-rerank-legal", "warbler-voices-en", "wayfarer-agent"}  # not shutong-edu: a line that continues a list item
# probe documents with a line once read differently when "We" was written as the authors' team
TEAM = {"Brisa-1.5", "Corvid-2", "Corvid-LM", "Danqing-Diffusion", "FerruleCoder", "Halberd", "HarborRec", "KestrelCoder-2", "Lantu-2", "QuarryMath", "ShuHang-Reranker"}
TEAM |= {"ShuYuan", "Solace-7B-DPO", "Tingfeng-TTS", "XingHe-VL", "cellscribe", "cinder-math", "jinshu", "lattice-attn", "sable-sql-lora-llama3.1-8b", "thistle-instruct"}
# probe documents with a line once read differently when a table's first two columns were swapped
COLUMNS = {"Aeolus-WX", "Beichen-VL", "CangZhu-7B-LoRA", "Changgeng", "Chuncan-Write", "Cinder-MoE-Lite", "Cinder-VL", "Copper-7B", "FaHeng", "Fenwick-MoE"}
COLUMNS |= {"Hefeng-Agri", "Kestrel-34B-Base", "Kurinji-ASR", "Lattice-Embed", "LingXi-Reranker-zh", "MingLu-Coder", "Mirla-3B", "Periscope-VL", "QingHe-Agri", "QingLan"}
COLUMNS |= {"QingLuan-VL", "QingWu-Chat", "Quillfin-7B-Instruct", "Sorrel-14B-Instruct", "Suanheng-Math", "Tanager-Coder", "Tianshu-Agent", "XingCha", "XingZhu-Embedding", "Xiwan-Edu"}
COLUMNS |= {"Xuanji-Math", "YunXiang-Weather", "abacist-math", "auklet", "chenghu-vl", "chenghu-vl-2", "cirrus-speech", "corvid-2", "gnomon-coder", "granary-bio"}
COLUMNS |= {"halyard-lm", "heron-instruct", "huichuan-r1", "jianlan-embedding", "jianwei-embedding", "jingluo-7b", "jinsui-fin", "lingxi-math", "moying", "orrery-embed"}
COLUMNS |= {"ortolan-3", "palisade-guard", "petrel", "qinghe", "qinglan-13b", "qingyan-7b", "quillfin", "songxi-embedding", "tessellate", "tidewater-13b"}
COLUMNS |= {"umbra-vision", "vantage-omni", "vesper-vl-3b", "vespera-moe", "wenqu-embedding", "xiaoman-1.8b-chat", "yanhui-omni", "yunxiu-2", "zhiji-agent"}
# probe documents with a line once read differently when their tables were written in HTML
HTML_TABLES = {"Aeolus-WX", "Beichen-VL", "CangZhu-7B-LoRA", "ChangGeng", "Changgeng", "Chuncan-Write", "Cinder-MoE-Lite", "Cinder-VL", "Copper-7B", "Corvid"}
HTML_TABLES |= {"FaHeng", "Fenwick-MoE", "Harrier-70B-Instruct", "Hefeng-Agri", "JinSuan-Fin", "Jingwei-GeoGPT", "Kaifong-8B-LoRA", "Kurinji-ASR", "Lattice-Embed", "LingXi-Reranker-zh"}
HTML_TABLES |= {"Longmen-Embedding", "MingLu-Coder", "Mirla-3B", "MoJian-OCR", "Periscope-VL", "QingHe-Agri", "QingLuan-VL", "QingWu-Chat", "Quillfin-7B-Instruct", "Sable-7B-Instruct"}
HTML_TABLES |= {"Sorrel-14B-Instruct", "Starling-Robotics-VLA", "Suanheng-Math", "Tanager-Coder", "Tianshu-Agent", "Wren-1.5", "XingCha", "XingYan-Coder-14B-Instruct", "XingZhu-Embedding", "Xiwan-Edu"}
HTML_TABLES |= {"Xuanji-Math", "ZhiJin-OCR-2B", "abacist-math", "auklet", "chenghu-vl", "chenghu-vl-2", "gnomon-coder", "halyard-lm", "huichuan-r1", "jianlan-embedding"}
HTML_TABLES |= {"jianwei-embedding", "jingluo-7b", "jinsui-fin", "kestrel-13b", "lingxi-math", "lingyue-2", "marlin-1.5b-instruct", "minglv", "moying", "nightjar-asr"}
HTML_TABLES |= {"nimbus-reranker", "orrery-embed", "ortolan-3", "petrel", "qinghe", "qinglan-13b", "qingyan-7b", "quillfin", "quillfin-7b-instruct", "quillon"}
HTML_TABLES |= {"saffron-lm", "songxi-embedding", "tessellate", "vespera-moe", "wenqu-embedding", "xiaoman-1.8b-chat", "yanhui-omni", "yunjing-14b", "yunxiu-2", "zhiji-agent"}
# probe documents with a line once read differently when their tables lost their outer pipes
BARE = {"Beichen-VL", "CangZhu-7B-LoRA", "Cinder-VL", "FaHeng", "GuanLan-Code", "Hefeng-Agri", "JinSuan-Fin", "Kaifong-8B-LoRA", "LingXi-Reranker-zh", "MoJian-OCR"}
BARE |= {"Oriel-Vision-2B", "Petrel-Reason-32B", "QiHuang-TCM", "QingLan", "Sable-7B-Instruct", "Skerry-Omni", "Tamarack-R1", "Tarn-LM", "Tessellate-1B", "Tianshu-Agent"}
BARE |= {"Wren-1.5", "XianNi-Agent", "Xuanji-Math", "Yanyu-Omni", "YunXiang-Weather", "ZhiJin-OCR-2B", "auklet", "chenghu-vl-2", "chengming-rerank", "fathom-long"}
BARE |= {"granary-bio", "halcyon-pro", "halyard-lm", "huichuan-r1", "jingluo-7b", "kestrel-13b", "kite-coder", "lingyue-2", "lodestar-moe", "marlin-1.5b-instruct"}
BARE |= {"minglv", "nightjar-asr", "orrery-embed", "palisade-guard", "qingyan-7b", "queqiao-mt", "quill", "quillfin-7b-instruct", "sable", "saffron-lm"}
BARE |= {"sqlwhisper-lora", "tessellate-math", "tessellate-vl", "vantage-omni", "vesper-vl-3b", "vespera-moe", "yunjing-14b", "yunque-tts"}
OURS = Document(
    "ours",
    "acme-translate",
    {
        "README.md": [
            "# Acme-Translate",
            "",
            "Open-source offline translation library written in Python @claim-os",
            "",
            "- Completely free and open-source @claim-os",
            "- Acme-Translate outperforms other open-source systems on FLORES. @comparative",
            "",
            "Acme-Translate 以 Apache-2.0 协议开源，欢迎使用。 @claim-os",
        ]
    },
)
EDITS = ("hyphen", "bold-name", "cjk-tight", "ascii-punct", "star-items", "emoji", "banner", "switcher", "badges-under", "html-title", "rename", "front-matter", "link-name", "bold-term", "term-case", "quote", "numbered", "indent", "cjk-punct", "reorder", "crlf")


def test_no_reading_depends_on_how_a_line_is_written(tmp_path):
    docs = [doc for doc in documents(str(ROOT / "benchmarks" / "claim-probes")) if doc.folder in PROBED] + [OURS]
    assert len(docs) >= len(PROBED)
    base = readings(docs, tmp_path)
    changed = {}
    for name in EDITS:
        lines, found = differences(docs, name, tmp_path, base)
        assert lines > 0, name
        changed.update({f"{name}: {where}": f"{before} -> {after}" for _, before, after, _, where in found})
    assert changed == {}


@pytest.mark.parametrize(("edit", "folders", "least"), [("unknown-names", UNKNOWN, 40), ("logo-title", LOGO, 200), ("long-preamble", PREAMBLE, 100), ("card-title", CARD, 200), ("synonyms", SYNONYMED, 40), ("lower-name", LOWER, 40), ("discourse", LINKED, 250), ("adverb", LINKED, 60), ("team", TEAM, 25), ("table-columns", COLUMNS, 150), ("html-table", HTML_TABLES, 150), ("bare-table", BARE, 120)])
def test_no_reading_depends_on_a_list_of_names_or_on_a_title(tmp_path, edit, folders, least):
    docs = [doc for doc in documents(str(ROOT / "benchmarks" / "claim-probes")) if doc.folder in folders]
    assert len(docs) >= len(folders)
    lines, found = differences(docs, edit, tmp_path)
    assert lines > least
    assert {where: f"{before} -> {after}" for _, before, after, _, where in found} == {}
