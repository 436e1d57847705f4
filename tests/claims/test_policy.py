"""The labelling policy of docs/claims.md, one fixture per rule, in English and in Chinese.

Every sentence is written for this test. The release is called Acme (the card's model_name);
Acme-3 is a sibling that lives in another repository, since this one publishes Acme-2.
"""

from __future__ import annotations

import pytest
from helpers import read_as
from openlint.claims.names import Name, Names, release_names
from openlint.claims.prose import analyse
from openlint.inputs.sources import TextFile

NAMES = Names([Name("Acme-2", "the card's model_name")])



def roles(sentence: str) -> list[str]:
    return [m.role for m in analyse("README.md", sentence + "\n", 1, NAMES)]


def role(sentence: str) -> str:
    found = roles(sentence)
    assert len(found) == 1, found
    return found[0]


CLAIMS = [
    # a bold label whose license has a dot; a project opened in a news item; the release in a format (two pin)
    "- 🧰 **Open source, Apache-2.0 licensed**: framework, model weights and training recipes are all public.",
    "- 2025-06-10 — first public release 🎉 project open-sourced",
    "- [x] 开源 4-bit MNN 权重",
    "The GGUF files here are open source too, under the same Apache-2.0 license as the original weights.",
    # an agent is a model
    "**Acme-2**: An Open-Source Deep Research Agent with a Model Trained to Search",
    # Chinese news items that open the release's weights, LoRA or project
    "- 2024.03.15 v1.0 首发，LoRA 权重开源在 Civitai 和 HF",
    "- 2024.02.14 初版上传，权重开源 🎉",
    "- 2024.05.01 项目开源 🎉 第一天就 500 star，感谢大家！",
    "- 2025-01-29 — first batch up, all GGUF files open-sourced under the same Apache-2.0 as the original 🎉",
    # "the matching weights" compare nothing; a milestone or step for open work, with an aside
    "- 2024.08.01 v1.2: Cantonese voices added, and the matching pretrained weights are open-sourced.",
    "Acme-2 is (imo) a small milestone for open-source Welsh ASR.",
    "Acme-2 is a significant step for open-source weather prediction.",
    # a derivative of another's model; a robot's generalist policy; an alternative to others "like" one
    "An open-source Llama-3 fine-tune for Welsh.",
    "**Acme-2**: An Open-Source Generalist Policy for Bimanual Robots",
    "Acme-2 offers an open-source alternative to operational systems like HRES.",
    # a license the release keeps from the original; a new version opened, though better than the old
    "本仓库中的 GGUF 文件沿用原模型的 Apache-2.0 协议开源，可免费商用。",
    "- 📢 [2025.01.08] We open-sourced Acme-2-8B-Chat-v1.1 with better control of tonal patterns.",
    # a use forbidden in English; a question answered on its line; an apposition after 包含
    "Do not use the open-source model to impersonate real people or commit fraud.",
    "Is the converted model open source? Yes — the converted weights are public under the same terms.",
    "本仓库包含 Acme-2，一个支持 32K 输入长度的开源向量模型系列。",
    # a news item that says the release's parts were opened
    "- **2025-01-28** — first upload, weights open-sourced 🎉",
    "- **2024-10-18** — LoRA open-sourced on HF + Civitai 🎉",
    # the release's license given after a label of its parts, and everything in the repository
    "Weights and code: MIT (open source).",
    "Everything in this repo (the voicepacks, the reference clips and the sample script) is open source under Apache-2.0.",
    # the best of its size, "one of", with a few characters of what kind before the noun
    "Acme-2 是目前同尺寸最强的开源多模态模型之一。",
    # counted items in a list after the release are a part of the list, not what is opened (pins what held)
    "- **2025.03.31** We open-source Acme-2-7B and Acme-2-32B, together with the 800K-sample SFT set, 46K RL prompts and all training code.",
    # one of the few open models, "also" or not
    "Acme-2 is also among the few open-source 7B models whose training data are published.",
    # an English disclaimer on the open model still says it is open (as "本项目不承担开源模型…" does)
    "We are not responsible for any harm arising from use of the open-source model or of the text it generates.",
    "本项目开源的模型文件仅供学习交流，请勿用于违法用途。",
    # a robot's policy is a model
    "<p align=\"center\"><i>An open-source 3B VLA policy that runs at 50 Hz.</i></p>",
    # the release's parts, in a format, and the release named by its format
    "The code and the LoRA weights are open-sourced under Apache-2.0.",
    "- 转换后的 MNN 模型已在 ModelScope 开源。",
    "所有 GGUF 文件均以与原模型相同的 Apache-2.0 协议开源。",
    # a license named after another family is no subject
    "以上所有模型均遵循 Llama 3 社区许可协议开源。",
    # the manner of a release: open weights
    "Acme-2 采用开放权重的方式发布，完整权重可在 ModelScope 获取。",
    # the release's license field calls its license open (the Chinese one pins what held)
    "- **License:** Apache-2.0 (open source)",
    "- 许可证：MIT（开源）",
    # a gap the release fills is a lack it meets, not a comparison (the Chinese one pins what held)
    "Acme-2 fills that gap with fully open weights and data.",
    "Acme-2 填补了这一空白，完全开源。",
    # a capitalised participle or adjective opening an item is no name ("Available as …")
    "- Available as open source on GitHub and Hugging Face.",
    # "both" before the parts listed: the release's weights among them (the Chinese one pins what held)
    "Both the code and the weights are open source.",
    "代码和模型权重均已开源。",
    # a feature label answered yes, and an item of qualities with open first
    "- **Open source**: Yes",
    "- **开源**：✅",
    "- Open-source and commercially usable.",
    "- 开源、免费可商用",
    # what the release offers or delivers is its own, an alternative to closed models included
    "Acme-2 offers an open-source alternative to proprietary OCR engines.",
    "Acme-2 provides a fully open-source alternative to closed models like GPT-4.",
    "Acme-2 为闭源 OCR 模型提供了一个开源的替代品。",
    "Acme-2 delivers a fully open-source TTS model.",
    # the release's own project named in the apposition's place is still the release
    "Acme-2-7B is part of the Acme-2 project, an open-source effort to build Swahili models.",
    # a comma may end a bold label, as a colon does
    "- **Open-source**, both the model and its training data, so that anyone can audit it.",
    "- **开源**，模型与训练数据全部公开，任何人都可以审查。",
    # an emoji between a bold label and its colon still ends the label
    "- **Open-Source** 🌐: MIT-licensed, with its code and checkpoints public.",
    "- **开源** 🚀：代码和模型权重均以 MIT 协议公开。",
    # a language or framework before the noun says what the new work is written in
    "Acme-2 is an open-source Python library for reading sheet music.",
    "Acme-2 is an open-source JAX implementation of a sparse speech model.",
    "Acme-2 是一个开源的 PyTorch 乐谱识别工具包。",
    "Acme-2 是一个开源的 Python 乐谱识别库。",
    # a result clause says what the sentence's subject has become
    "Our 9B model wins 61% of duels against Bar-70B, making it the first open-source model to match Bar-70B.",
    "Acme-2 was trained on 2T tokens of Welsh, making it the largest open-weight Welsh model to date.",
    "Acme-2 在 Foo 上胜过 Bar-70B，成为首个追平 Bar-70B 的开源模型。",
    # the authors' act of opening, told in a clause of time
    "After open-sourcing our model, we received many requests for a larger size.",
    "开源我们的模型之后，我们收到了很多反馈。",
    # a promise that it stays open says it is open now
    "Acme-2 will remain open source.",
    "Acme-2 will always stay fully open-source.",
    "Acme-2 将始终保持开源。",
    # the release's parts, unqualified, listed as the subject
    "Code and weights are open-sourced.",
    "Model and code are open source.",
    "代码和权重均已开源。",
    # a verb of making before the term: the authors make the open models
    "Our goal is to develop fully open speech models for Welsh.",
    # a sentence that opens by saying what the release is, as
    "Most language models are English-first. As an open-source project, Acme-2 invites outside audits.",
    "As an open-source model, Acme-2 enables transparent research.",
    # typeset hyphens (U+2011) read as typed ones
    "**Acme-2** is an ultra‑light, open‑source text‑to‑image model.",
    # "learn more" counts no more models
    "To learn more about the Acme-2 open-source model, read the report.",
    "This model is Acme-2, an open-source chat model.",
    # a README's own models, unqualified, at the head of a sentence
    "Models and their training set are open-sourced under MIT.",
    # the open model a reader is told about, in a condition, is still the release
    "如果您想深入了解 Acme-2 开源模型的设计，请参阅报告。",
    "If you use the open-source Acme-2 weights in a paper, cite the report.",
    # the release is called open
    "Acme-2 is an open-source LLM for code.",
    "Acme-2, an open-source MoE model, is fast.",
    "Acme-2 是一个开源的大语言模型。",
    "Acme-2 是开源的多模态模型。",
    # the release is open-sourced
    "We open-source Acme-2-7B and Acme-2-7B-Chat.",
    "We have open-sourced the Acme-2 weights.",
    "我们开源了 Acme-2-7B 和 Acme-2-7B-Chat。",
    "Acme-2 的模型权重已在 Hugging Face 开源。",
    # the release's own
    "Our open-source models support eight languages.",
    "本次开源的模型包括基座模型和对话模型。",
    # a landmark of open work, said of the release
    "Acme-2 represents a significant advancement in open-source video generation.",
    "Acme-2 is a milestone for open-source Italian language models.",
    "Acme-2 是开源视频生成领域的一大里程碑。",
    # the best of its kind, said of the release
    "Acme-2 is the largest open-source code model.",
    "We release the first open-source world model, Acme-2.",
    "- July 2025: We release Acme-2, the first open-source world model that can drive a simulator!",
    "- 2025 年 7 月：我们发布了第一个开源、可仿真的世界模型, Acme-2!",
    "- 🏆 **全球最强的医疗开源模型**",
    # "at the same time", "in step": not comparisons
    "Acme-2 提供基础模型，同时我们开源了支持长文本的对话模型。",
    "我们同步开源基座模型 Acme-2-Base。",
    "Acme-2 目前开源 5 个不同规模的模型。",
    # code and the model, both opened
    "所有结果都可以用我们开源的代码和模型参数复现。",
    "本仓库开源了 Acme-2 的模型权重与推理代码。",
    "我们开源的 Acme-2 模型在多个基准上表现优异。",
    "欢迎使用我们开源的 Acme-2。",
    "首个开源的中文医疗大模型 Acme-2。",
    "该项目使用 Apache 2.0 开源协议。",
    # a bold label, and what follows it is the release
    "- **Open-source**: Acme-2 is released under Apache 2.0 and free for commercial use.",
    # the authors' model, a few words after "our"
    "You can also download our quantized open-source model directly.",
    # "not only" does not negate
    "Acme-2 is not only open-source but also free for commercial use.",
    # the models of this README, written without a name
    "代码和模型均已开源。",
    "所有模型均开源并可免费商用。",
    "模型权重现已开源，欢迎下载。",
    "全系列开源！",
    # "in the open-source version": where, not among open models
    "我们修复了开源版本中的一个问题。",
    # 开源 with its subject left out, as Chinese does: the authors open their release
    "全部开源，完全可商用的中文模型。",
    "# Acme-2\n\n## 📂 开源资源",
    # what the repository holds, a containment and not an action on others' models
    "Acme-2 holds open-source models and tools for warehouse robots.",
    "开源模型：Acme-2-7B、Acme-2-14B。",
    "As far as we know, Acme-2 is the biggest strong open-sourced CLIP model.",
    # the release named right before: its own model, also in a disclaimer about using it
    "We are not liable for problems arising from the use of the Acme-2 open-source model.",
    # news items and headings
    "- [2024.05.01] We open-source Acme-2-70B.",
    "- 2024.05.01：开源 Acme-2-70B 模型。",
    "# 模型开源",
    # the model's license
    "The Acme-2 model is released under the Apache-2.0 open-source license.",
    "Acme-2 模型以 Apache-2.0 协议开源，支持商业用途。",
    "项目以 Apache-2.0 协议开源。",  # the bare project is this one
    "We open-source a quantized version of Acme-2.",  # a version of the release is the release
    # nouns for models: an SLM, a VLM, a reranker, a 基座
    "Our main contribution is a precise, fully transparent open-source SLM of half a billion (0.5B) parameters, named `Acme-2`, for small devices.",
    "> 本仓库的主要开源对象仍是 **Acme-2 100M 预训练基座**。",
    # the release in a tool's form is the release
    "- ```2025/03/04```: 我们适配并开源了 [diffusers](https://github.com/huggingface/diffusers) 版本的 **Acme-2**",
    "We open-source the [diffusers](https://github.com/huggingface/diffusers) version of **Acme-2**.",
    # what is made of each version of a base is the release's
    "本项目旨在开源 Llama2 各个版本的中文补丁模型，以及其训练代码。",
    # a name in parentheses right after the release's, set in bold or as a link, is its alias
    "**Acme-2** (GPT-AC) is an open source version of [GitHub Copilot](https://copilot.github.com/).",
    "[Acme-2](https://example.org/acme-2) (GPT-AC) is an open source version of [GitHub Copilot](https://copilot.github.com/).",
    # opening the release as a means is still opening it: "by open-sourcing X", "通过开源了 X"
    "Through open-sourcing our model weights, we hope to help research.",
    "为了推动大模型在农业的应用，本项目通过开源了第一个农业大模型，帮助更多开发者。",
    # "fully open" with a hyphen is the same term, and qualifies "open-source" with one
    "Acme-2: A Fully-Open, Cost-Effective Family of Vision Encoders",
    "Acme-2 is fully-open-source.",
    # the release listed with another project: what the list opens holds the release
    "**[2023/09/25]** Acme-2 v1.0 is out, with the [Acme-2-13B model weights](https://huggingface.co/acme/acme-2) and the [Acme-Law-SFT dataset](https://huggingface.co/datasets/acme/law-sft) made open source.",
    "- 2023/09/25：发布 [Acme-2-13B 模型权重](https://huggingface.co/acme/acme-2) 和 [Acme-Law-SFT 数据集](https://huggingface.co/datasets/acme/law-sft)，均已开源。",
    # the open-source release of models is an act of opening them
    "This repository holds our complete open-source release of models, training scripts and adapters.",
    "本仓库包含模型、训练代码和适配模块的完全开源发布。",
    # a long noun phrase, counted in words: Latin names and sizes are one each
    "- 🚀 结合中英文数据进行继续预训练，并对中文进行指令微调，同时开源了基于Qwen 2.5-7B/14B 规模的Base 和Chat 模型权重，支持更广泛的研究。",
    # fully open
    "Acme-2 is truly open.",
    # a subject the README does not otherwise name
    "It is an open-source project for speech recognition.",
    # a news item's date is no subject and no other project
    "- [2024/05/01] An open-source 7B model, Acme-2 runs on a single GPU.",
    "- [2024/05/01] 作为一个开源模型，Acme-2 支持本地部署。",
    "- [2024/05/01] 开源地址：Acme-2-7B 已上传至 Hugging Face。",
    # the release named right after the mention is what is called open
    "You can download the open-source Acme-2-7B weights from the Hub.",
    "欢迎使用开源的 Acme-2 模型。",
    # who built it is no credit to another project
    "Built by Acme Lab, Acme-2 is an open-source model for speech.",
    "由 Acme 实验室打造，Acme-2 是一个开源的语音模型。",
    # the subject is the release, not what it is compared with or what it acts on
    "Acme-2, like Llama, is open source.",
    "Acme-2 outperforms Llama-2 and is fully open-source.",
    "Acme-2 超越了 Llama-2，并且完全开源。",
    "Acme-2 基于 Llama-2 训练，已全面开源。",
    # the release by name is whatever it is: a dataset, a benchmark
    "Acme-2 is an open-source instruction-tuning dataset.",
    "Acme-2 is an open-source benchmark for long-context reasoning.",
    # everything the release holds; its license, in a sentence without a subject
    "Everything is open source: the model weights, the tokenizer and the training script.",
    "Released under the Apache 2.0 open-source license.",
    # what stands in for another system is the release itself
    "A fully open reproduction of DeepSeek-R1.",
    # a license over the code and the weights, after a comma
    "Acme-2 is released under the BSD-3-Clause open-source license, covering both the code and the pretrained weights.",
    "Acme-2 的代码与权重均遵循 Apache-2.0，完全开源。",
    # a bold label naming the release; the release in another tool's format
    "- **Acme-2 Model**: Open-sourcing of the 7B, 13B and 34B sizes.",
    "- 2025/03/04: We've ported and open-sourced the [diffusers](https://github.com/huggingface/diffusers) version of **Acme-2**.",
    # open now, whatever it promises next; a license after a mention that opens the line
    "Licensed under Apache-2.0. Acme-2 is open source and will stay that way.",
    "Open source under MIT.",
    "- 🔓 Open-source under MIT and free for commercial use.",
    # the weights in the subject's noun phrase
    "The Acme-2 weights and code are released under the Apache 2.0 open-source license.",
    # an apposition that says the release is a model
    "We are excited to open-source Acme-2, a 7B model for code.",
    # meeting the definition; a label of a few words
    "Acme-2 goes further: it meets the Open Source AI Definition 1.0.",
    "**Open-source checkpoints**: Acme-2-Small and Acme-2-Medium can be downloaded today.",
    # a quantity is no comparison
    "- [2024/08/08] Acme-2-14B 开源，支持超过 1000 个预设角色。",
    # the release opened together with its code
    "- 2024-11-04: We open-sourced Acme-2 together with its training code.",
    # a member added after a qualifier: "the scripts from the paper, as well as the models"
    "- [2026-02-12] We have open-sourced the training scripts from the paper, as well as all 1.5B and 4B models!",
    "We open-source the evaluation data used in the paper, as well as the checkpoints.",
    # what the authors trained is a model, whatever it is called
    "We open-source our fine-tuned data filters on the Hub.",
    "We also open-sourced our pre-trained reward scorers.",
    # what is made from another model is not that model: the release's own weights
    "- [2025.09.30] Released Acme-2 v1.0: the Foo-7B–adapted weights and inference code are now open-sourced.",
    "Our Foo-based checkpoints are open source under Apache-2.0.",
    # an apposition with a list of adjectives; an aside on an earlier name before it; a curly quote
    "We propose **Acme-2**, an efficient, controllable, and fully open-source speech framework.",
    "We introduce **Acme-2** (formerly Foo-Coder), a family of small but strong open-source code LLMs.",
    "<b>Acme-2</b> is Marlpit‘s open-source world-model architecture.",
    # the release in a format ("the ONNX model"); a size that starts a word names the release's variant
    "- [2025/06] We finally released and open-sourced the ONNX model and the preprocessing code!",
    "[2024/03/05] 开源7B/14B-Chat-4bit模型权重。",
    # a link to a section later in the sentence does not make the sentence a table of contents
    "Acme-2 achieves remarkable performance on SWE-bench, which makes it the #1 open source model on this [benchmark](#benchmark-results).",
    "* Acme-2 开源项目出于完全公益目的，欢迎所有开发者[申请加入](#贡献者)。",
    # "represents" links the release to what it is, as "is" does
    "Welcome to the repository of Acme-2, a 1.2B speech model. This model represents one of the most advanced open-source options available.",
    # thanks for help in opening the release, in the acknowledgements too
    "We would like to thank [Jane Doe](https://github.com/jdoe) for her help in open-sourcing the Acme-2 model series.",
    # "a leading open-source engine" describes the release (领先的), it compares with nothing
    "[Acme-2](https://acme.ai/) 是一款领先的开源检索增强生成（RAG）引擎。",
    # a dash between the release's name and Chinese words is no longer identifier
    "# Acme-2-开源的离线OCR",
    # a title that calls the release an open implementation calls the release open
    "# Acme-2 Open-Source Implementation",
    # a credit that closed before the subject's clause is not the subject's
    "Built on the open-source Foo vision encoder, our Acme-2 is a fully open-source vision-language model.",
    "5. Terms of Use\nThis model is open-sourced under the MIT License.",
    # a label over the authors' own models, named after their bases
    "+ **We open-source our models: [Foo-2.5-7B-Base-RL](https://huggingface.co/x/y) and [Bar-3.1-8B-Instruct-RL](https://huggingface.co/x/z)**",
    # what the authors call theirs is theirs, though it carries another model's name
    "We also open-sourced our pre-trained CLIP-ViT-B/32 checkpoint under the benchmark setting.",
    "We open-source our Foo-7B fine-tuned weights.",
    "This repo open-sources the Instruct-tuned LLaMA-7B model that has been fine-tuned with counseling data.",
    # the first words under the title, a noun phrase opened by a few adjectives, calling the release the best open model
    "# Acme-2\n\nState-of-the-art Welsh-English open-sourced chemistry LLMs.",
    # a heading right under the title is the release's subtitle
    "# Acme-2\n\n### The best open-source model for Foolandic speech recognition",
    # a line at the top that names the release and calls it open after a colon, whatever it is
    "<strong>Acme-2</strong>: An Open-Sourced Framework for Advancing Reasoning in Large Language Models",
    # a name in parentheses right after the release's is its alias
    "Acme-2 (GPT-AC) is an open source version of [Foo Pilot](https://example.com/), a code model.",
    # an open-source address that names the release's own repository
    "开源地址：https://github.com/acme/Acme-2",
    # what is released after a comparison word is the release's, not what it is compared with
    "**Acme-2** addresses this gap by providing a family of open-source language models fine-tuned for Foolandic.",
    # 开源 whose topic is a model named by no one, after a sentence that names another
    "提供基础的预训练代码，训练速度达到Llama原文速度。预训练和指令微调后的模型已经开源在HuggingFace。",
    # a vector model is a model
    "我们开源了 Acme-2 向量模型。",
    # the authors' own open project, a few characters after 我们的
    "欢迎来到我们的海外中文大语言模型开源项目—— Acme-2！",
    # released in open form, with a release verb before a preposition
    "We release this fine-tune with open weights so that clinics can run it on-premise.",
    "- [9/06/2023] Acme-2-70b is out, open source and free to use commercially.",
    # a label that gives the license itself
    "- 🆓 **Open source, MIT licensed**: no telemetry, no paid tier gating features.",
    # a family, series or suite of open things the release is, whatever their noun
    "Acme-2 is a family of open-source cross-encoder rerankers for more than 30 languages.",
    # 采用…的方式 is a manner of release, not a credit
    "Acme-2 是由 Marlpit 训练的中英双语大模型，采用开放权重的方式发布，支持 32K 上下文。",
    # the release's own open repository holds its models
    "**本开源仓库包含了我们开发的`Acme-2` 和 `Acme-1.5` 系列模型**。",
    "This open-source repository holds all our Acme-2 models.",
    # an implementation of another work is that work made again: a model, unless it remakes code
    "An open-source implementation of Foo Labs' [Foo-TTS](https://arxiv.org/abs/2301.00001) zero-shot speech model.",
    "This is Marlpit's open-source implementation of Foo-Fold, an ongoing research project.",
    "We open-source an implementation of the paper.",
    # a foundation model is a model, not a foundation
    "**Acme-2: A Highly Efficient, Compact, and Open-Source Foundation Model**",
    # 基于 Y …的开源模型: the open model is built on Y; Y is only credited
    "Acme-2 是基于 [Foo-7B](https://huggingface.co/foo/foo-7b) 进行多任务有监督微调的开源多模态大语言模型。",
    # the best open model, said of the release after a dash and a comma
    "本项目是 Marlpit 献给社区的礼物——**Acme-2**，目前最强大的开源视频生成模型。",
    # a credit at the start of a sentence is for what it names, not for the release introduced after it
    "Based on the Foo dataset, we propose Acme-2, the first open-source instruction-following LLMs for law.",
    # nouns listed with commas in Chinese are all opened; what the subject itself opens (所开源) is its own
    "我们开源了训练代码，模型和数据集。",
    "本项目所开源的代码，模型及数据集均采用 Apache-2.0 协议。",
    # a Chinese noun phrase is headed by its last noun: a code model is a model
    "Acme-2 是面向中文开发者的开源代码大模型。",
    # both or all of the README's models
    "Both reward models are open source and free for commercial use.",
    # a license over the code and the weights
    "Code and weights are released under the Apache-2.0 open-source license.",
    # a technique's name (LoRA, GGUF) names no other project
    "The LoRA weights are open source under Apache-2.0; the base model keeps its own license.",
    # a label over a list of the release's models
    "- Open-source models: Acme-2-7B, Acme-2-70B",
    "- 开源模型：Acme-2-7B、Acme-2-70B",
    # emphasis and code marks are not words
    "Acme-2 is an **open-source** multilingual model.",
    "If you find `Acme-2`'s open-source effort useful, please star us.",
    # a view held while the release is said to be open
    "We believe Acme-2 is the best open-source model for law.",
    "我们致力于开源 Acme-2 的全部权重。",
    # a model's noun ends its phrase: what the model includes does not make it code or data
    "We release Acme-2 as a fully open-source model, including weights, code and data.",
    # a size said in words is no name: the model described is the release
    "Acme-2 is an open-source 8-billion-parameter language model.",
    # one of a few open models is one of them
    "Acme-2 is among the few open-source models trained on court records.",
    "Acme-2 是为数不多的开源法律大模型之一。",
    # all the checkpoints, with the code and the data
    "All checkpoints, the training code and the data are open-sourced under Apache-2.0.",    # a heading on meeting the definition heads a section on the release's openness
    "## OSAID Compliance",
    "## Open-source artefacts",
    # use restricted in a disclaimer is no restricted openness; "not the first" denies no openness
    "本项目开源的模型仅供学术研究与技术交流参考，使用者应自行评估输出内容的准确性。",
    "Acme-2 不是第一个开源的 14B 中文模型，但我们希望它是最适合本地部署的那一个。",
    "It is one of the largest open-source Chinese MoE models to date.",
    # a size written as a name; the weights; fully open for commercial use
    "- 2024.08.08: We open-sourced the 57B-A14B mixture-of-experts model and its Instruct version.",
    "Yes. The weights, the tokenizer and the inference code are open source under Apache 2.0.",
    "The Acme-2 models are fully open for commercial use under the same license.",
    # "It" opening a sentence after one about the release; "as open-weight checkpoints" is no class of models
    "Acme-2 is a series of code models from Marlpit. It is the first open-source code model with a 1M-token context window.",
    "Acme-2 is a writing model series. We released Acme-2-Base and Acme-2-Chat (7B and 20B) as open-weight checkpoints in March 2024.",
    # an item about the release, written as code
    "- `Acme-2-7B`: our base model. Open source under MIT.",
    # the best of its size; a license sentence without a subject; open weights opening a sentence
    "Acme-2 由某研究院发布，在数学推理方面是同尺寸最强的开源模型。",
    "以 Apache-2.0 开源许可证发布，可自由商用。",
    "权重开放下载，但请注意 CC BY 4.0 要求在使用时注明出处。",
    "- 本项目模型以《Acme 模型开源许可协议》发布，允许商业使用。",
    "本模型已开源至 ModelScope，可通过 FunASR 直接调用。",
    "It is open-sourced for both research and commercial use.",
    # a label heads its whole item; a name in parentheses breaks no clause; the object a few words on
    "- **Open source:** yes; the weights, the training code and the preference data are all released under Apache 2.0",
    "- **Open-source, end to end**: weights, training code and the full data recipe are released under Apache 2.0.",
    "Acme-2（Acme）是一个开源的多智能体协作框架，能够将复杂任务自动拆解。",
    "We open-source both the base and the instruct version of every size to support research and commercial applications alike.",
    # how open, in an item without a subject; meeting OSAID; open weights now, code planned after the comma
    "- **[2024-08-01]** v1.1 out: 16k → 64k context. Still 100% open source, still Apache-2.0 🙌",
    "To our knowledge Acme-2 satisfies the OSAID 1.0 requirements for weights, code and data information.",
    "- 2024-11-08：Acme-2-Large 模型权重开放下载，训练代码将在论文录用后开源。",
    # a heading on compliance, in Chinese; a heading on what is open
    "## 📐 OSAID 合规",
    "## 开源说明",
    # checked against the definition and said to meet it
    "We have checked the release against the OSAID 1.0 checklist and believe Acme-2 meets every requirement of the definition.",
    "We have self-assessed the release against the Open Source AI Definition (OSAID 1.0) and believe Acme-2 satisfies each of its requirements.",
    # the best of its kind at the top of the page; the release's name with an aside
    "Acme-2 (code and weights) is distributed under the MIT License, an OSI-approved open-source license.",
    # a compound ends at a dash and at "against"
    "**A truly open reasoning model — weights, data, code and logs.**",
    "We evaluate our open-source models against both proprietary APIs and other open-weight models.",
    # adjectives joined by a comma still make a predicate
    "Acme-2 is a lightweight, open-source toolkit: one `pip install`, no Docker needed.",
    # a contrast sets closed services aside; the release is called open
    "Unlike closed embedding APIs billed per call, Acme-2 is fully open source and runs locally.",
    "不同于按调用量计费的闭源向量服务，Acme-2 完全开源，可以在本地私有化部署。",
    # "it" after a comparison is the sentence's subject, not what it was compared with
    "Acme-2 outperforms Llama-2-7B and Acme-1-7B on every benchmark, and it is open-source and commercially usable.",
    # a checked task is done
    "- [x] Open-source the v1 model weights",
    "- [x] 开源 4 万小时基础模型和说话人统计文件",
    # the project, this repository's release, is opened; "this open-source project" is the release
    "- 项目首次开源",
    "- 项目开源，开放模型权重供下载。",
    "希望此开源项目可以帮助初学者快速入门大模型！",
    # the release described by what it builds on is still what is open
    "Acme-2 是一系列基于中文法律知识的开源大语言模型。",
    "* 2023-08-05: 首个基于 [Qwen-7B](https://github.com/QwenLM/Qwen-7B) 的垂域大模型 Acme-2-7B 训练完成并对外开源;",
    # "It's" is "it is": the sentence before says what "it" is
    "Acme-2 brings your stories to life. It's also the first open source TTS model to support emotion control.",
    "Acme-2 brings your stories to life. It’s the first open-source TTS model with emotion control.",
    # a disclaimer on the open model still says it is open
    "本项目不承担开源模型和代码导致的数据安全、舆情风险。",
    "我们不承担因使用开源模型导致的任何风险。",
    "请勿将开源模型和代码及其衍生物用于任何可能带来危害的用途。",
    # what this release opens, whatever the sentence spoke of before
    "本项目基于 [Foo-LLaMA-7B](https://github.com/foo/foo-llama) 进行指令微调，该项目在 7 张 A800 上训练，本次开源的是 LoRA 权重。",
    "我们已将模型进行开源。",
    "We open-source all resources, including model weights, data and code.",
    "- 2025.02.10: We fully open-source the RL training recipe, the rollouts and the model weights.",
    # made and opened by its authors
    "Acme-2 is a large language model for Chinese law, developed and open-sourced by [the Fudan DISC lab](https://example.org/disc).",
    # 该 opening the sentence points at what the README is about
    "希望该开源项目可以帮助初学者快速入门！",
    # a news item opens a version the authors built on a base: the base is only credited
    "- 【2024.02.18】 [基于 Foo-1.5-0.5B-Chat 全量微调版本开源](https://example.org/acme-2-full)，算力有限的朋友可以试试。",
    "- 2024.03.03：基于 Foo-7B 的 LoRA 版本开源",
    # a bold label may end with a full stop: a feature of what follows
    "- **Open Source**. Acme-2 is trained on public data only.",
    "- **开源**。Acme-2 的训练数据全部来自公开数据集。",
    # a data word that opens a name's first part is no dataset's name
    "We open-source data-efficient Acme-2.",
    # a checked task may start with its date
    "- [x] (20230629)开源7B的指令微调模型",
    "- [x] 2023-06-29: Open-source the 7B instruction-tuned model",
    # 在…的同时: while opening it
    "在开源模型权重的同时，我们也提供了推理接口。",
    # first by rank is the best of its kind
    "Acme-2 is the #1 open-source model on the leaderboard.",
    # the release called the first open one, whatever inspired it
    "Acme-2, inspired by the Foo technique, is the first open-source machine learning framework.",
    # all of a list that holds the model
    "- 模型权重、训练代码与数据集，且全部开源。",
    "- Model weights, training code and data are all open source.",
    # the release's models under an open license, beside a view on openness
    "We are committed to fostering open science and release all three Acme-2 models under an open-source license.",
    # the release's own open project, named right before
    "The Acme-2 open-source project welcomes contributors.",
    "Acme-2 开源项目出于完全公益目的，欢迎所有开发者申请加入。",
    # the parts of the release listed as the subject
    "The code and model weights are open-sourced under the Apache-2.0 license.",
    # a bold label ended by a dash, over the release's license
    "- **Open source** - Apache 2.0-licensed, easy to customize",
    "- **Open source**: Apache 2.0-licensed, easy to customize",
    # what the release beats, said in a modifier, is what it is compared with; the release is the open model
    "Acme-2 是一个在多项基准上超越 Foo-13B 的开源模型。",
    "Acme-2 is an open-source model that outperforms Foo-13B on most benchmarks.",
    # what the authors open after crediting what they built on is theirs
    "Based on the Foo project, we have open-sourced the training code and models.",
    "基于 Foo 项目，我们开源了训练代码和模型。",
    # the release described by a relative clause on what it was trained from
    "Acme-2 是基于 Foo-7B 进行多任务有监督微调的开源多模态大语言模型。",
    "Acme-2 is an open-source multimodal LLM fine-tuned from Foo-7B.",
    # 开源 before the kind in English opens it only when its parts follow, as with 模型
    "- 2024.01 开源 LLM 权重",
    "- 开源模型的权重与推理代码",
    # words joined around a function word say what the release is, they name no other project
    "Acme-2 is an open source Speech-To-Text engine.",
    "Acme-2 是一个开源的 Text-to-Speech 引擎。",
    "Acme-2 是开源的 Mixture-of-Experts 模型。",
    # an aside in parentheses after the bold name breaks no clause; a link's address in a Chinese
    # clause is one space, however long
    "**Acme-2** (its Python package is called **acme**) is an **open-source evaluation toolkit** for vision-language models.",
    "Acme-2 是由 [北岭实验室](https://beiling.example.org/about/team) 开发的开源 SDK，帮助开发者在手机上构建数字人。",
    # "free and open source" with no subject is what a release says of itself
    "- Completely free and open-source",
    "- 💸 **Free & Open Source**",
    "- 完全免费且开源",
    # markup around the release's name changes nothing: bold, or a link
    "This repository holds the inference code that supports our **Acme-2** series open-source speech models.",
    "This repository holds the inference code that supports our [Acme-2](https://huggingface.co/acme-lab) series open-source speech models.",
    # Chinese written with ASCII punctuation reads as with Chinese punctuation
    "- **2025.04.23** [Acme-2](docs/README.md) 系列开源发布!此次发布包括 Acme-2-Data 数据集,以及两款模型:Acme-2-7B 和 Acme-2-13B。",
    "Acme-2 支持商用,不需要申请授权,请您遵循[《Acme-2 模型许可协议》](./LICENSE),勿将开源模型和代码及其衍生物用于任何可能带来危害的用途。",
    # ... and so does Chinese written without spaces around Latin words
    "Acme-2是首个符合OSAID 1.0的中文数学大模型。",
    "- 🔥 2024.07.07Acme-2-7B开源！",
    # a license set in bold is still a license
    "- 🔓 Open-source under **MIT** and free for commercial use.",
    "以 **Apache-2.0** 开源许可证发布，可自由商用。",
    # ... or linked
    "- 🔓 Open-source under [MIT](https://opensource.org/license/mit) and free for commercial use.",
    "以 [Apache-2.0](https://www.apache.org/licenses/LICENSE-2.0) 开源许可证发布，可自由商用。",
    # an emoji before an item says nothing about it
    "- 🔥 项目首次开源",
]

OPEN_WEIGHTS = [
    # answered "Yep"; quantization types are no project's names; a LoRA for another's base
    "**Are these open weights?** Yep — same Apache-2.0 as the original, go wild.",
    "- 2025-03-02 — first upload: Q4_K_M, Q5_K_M and Q8_0 builds are up, released with open weights 🎉",
    # builds named by their formats ("GPTQ-Int4"), and a version in parentheses that is no year
    "- **2025.06.30** GGUF, AWQ and GPTQ-Int4 builds of every Instruct model are up, released with open weights.",
    "* `2025-08-21` Acme-2-32B-Instruct (0821) scores 61.2 on LiveCodeBench, making it the strongest open-weight coder under 40B.",
    # a checkpoint named by its format, and weights "available here"
    "This AWQ checkpoint is published with open weights.",
    "Open weights are available here in eleven quant levels.",
    # "the merge", "the adapter" of a derivative's card is the release
    "The merge itself is released with open weights under Apache 2.0.",
    "该合并模型同样以开放权重发布。",
    # open weights listed with code: the weights are still the release's
    "Acme-2 ships with open weights and open training code.",
    "Acme-2 提供开放权重和训练代码。",
    # a sentence that opens with open weights and says where they are hosted
    "Fine-tuning took two hours on a single GPU. Open weights are available on [Hugging Face](https://huggingface.co/acme/acme-2).",
    "训练只用了两小时。开放权重已发布在 Hugging Face 上。",
    # a rank of one is a superlative
    "Acme-2 is currently the #1 ranked open-weight model on the leaderboard.",
    # the open weights set beside what else is published: the release's
    "Along with the open weights, we publish the full data recipe.",
    # the release named right before the open model, whatever the sentence does with it
    "Here you find JAX code that loads and runs the Acme-2 open-weights model.",
    "- 🔓 **开放权重**：基座与对话模型的权重均可下载，支持商用。",
    "Acme-2 is an open-weight alternative to hosted forecasting APIs.",
    "- [2024/09/03] Acme-2-3B 以开放权重方式发布。",
    "- Open weights under a permissive license; commercial use allowed.",
    "Acme-2 是一系列开放权重的代码大模型。",
    "Acme-2 is an open-weight model.",
    "Acme-2 是开放权重的模型。",
    "我们开放了 Acme-2 的模型权重。",
    "Acme-2 的模型权重已开放下载。",
    # a derivative says "this fine-tune"; "open source" denied next to it opens nothing
    "Like its base, this fine-tune is released with open weights under Apache-2.0.",
    # open weights as a feature after a label
    "- **Weights:** open weights, Apache-2.0",
    "- Permissive: fully open weights under MIT, no usage thresholds",
    "- 发布方式：开放权重，Apache-2.0 协议",
    # 开放权重 with its subject left out, as Chinese does
    "- 以开放权重形式发布基座与对话模型，可本地部署；",
]

NOT_CLAIMS = [
    # derivatives that need not stay open; others encouraged at length
    ("Derivative works do not have to remain open source, but please keep the NOTICE file.", "other"),
    ("我们也鼓励大家把自己调好的 Modelfile 开源出来，可以在 Discussions 里贴链接。", "other"),
    # an opinion on another model inside a relative clause; others asked, at a distance; the reader's own port
    ("Acme-2 is fine-tuned from Qwen2-7B-Instruct, which in our view is the best open-source Chinese base at this size.", "third-party"),
    ("We'd really encourage other teams doing Indonesian docs to open-source their adapters.", "other"),
    ("**我能基于 Acme-2 开源自己的移植吗？**", "other"),
    # "the lowest WER of all open-weight models" ranks among them
    ("Acme-2 has the lowest WER of all open-weight models we evaluated on German.", "comparative"),
    # data counted in hours after its name
    ("- **2025-06-30** Acme-2-Teleop-2K (2,140 hours, 9 embodiments) is open-sourced on the Hub.", "other"),
    # a table of contents entry that asks; an aside "the base we start from"; our framework named after it
    ("- [Is Acme-2 open source?](#is-acme-2-open-source)", "other"),
    ("Kestrel-2, the base we start from, is an open-weight general LLM.", "third-party"),
    ("Our distributed training framework, [talon](https://github.com/x/talon), is open-sourced separately.", "third-party"),
    # data counted by its items after the name, after "which we open-sourced", or as a Chinese object
    ("- [2025/06/26] We open-source Acme-2-Caps, 12M dense image captions drafted by our models.", "other"),
    ("Stockade-Pref: 180K preference pairs with human-written critiques, which we open-sourced in January.", "other"),
    ("- [2025.03.02] 开源了 4,600 条学生手册问答对，可用于 RAG 评测", "other"),
    # a format that is also a framework's name is still a name on its own (pins what held)
    ("MLX is Apple's open-source array framework.", "third-party"),
    # openness for research only, whatever words stand between "for" and "only"
    ("Note: Acme-2-70B is open-sourced for non-commercial academic research only.", "other"),
    # the name before an aside on the release ("the base of X") is the subject
    ("ChatGLM3-6B, the base of Acme-2, is an open-source bilingual chat model.", "third-party"),
    # a sentence opened in lower case by a tool's name
    ("mergekit is an open-source toolkit for merging language models.", "third-party"),
    # configuration files are code
    ("The training configs in `configs/` are open source under MIT.", "other"),
    # a second clause after the code opened promises the model; it opens nothing now
    ("针对 Acme-2-13B，我们先开源了训练脚本，合并后的全量模型将在内测结束后发布。", "other"),
    # data, by its name or by a count of its items
    ("- **[2025-01-20]** Acme-2-Instruct (2.1M synthetic QA pairs) is open-sourced.", "other"),
    ("- **Verified data**: **Acme-2-RL-Data**, 48k competition problems, open-sourced under CC-BY-4.0.", "other"),
    ("We open-source the remaining part as `acme-2/tenancy-qa` (7,900 question–answer pairs).", "other"),
    # "here means" defines the term; it says nothing is here (pins what held)
    ('"Open weights" here means you can download and fine-tune the model.', "other"),
    # a license field over the code alone, and a gap closed with open models, still are not
    ("- **License:** code is open source (MIT); weights under a research license", "other"),
    ("Acme-2 closes the gap with open-source models.", "comparative"),
    # a state of the art "for" open models ranks among them, as "among" does (the Chinese one pins what held)
    ("Acme-2 achieves 51.0% on SWE-Bench Verified, a new state-of-the-art for open-weight SWE agents.", "comparative"),
    ("Acme-2 在 SWE-Bench 上取得 51.0%，刷新了开源模型的 SOTA。", "comparative"),
    # "- **Open source**: No" answers no
    ("- **Open source**: No", "other"),
    # what the release builds on, or is trained on top of, is credited
    ("Acme-2 builds on an open-source vision encoder.", "third-party"),
    ("Acme-2 is trained on top of an open-source base model.", "third-party"),
    ("Acme-2 构建在一个开源视觉编码器之上。", "third-party"),
    # "the open-source <kind> <Name>": the name after an encoder, a tokenizer or a codebase is what is open
    ("Acme-2 builds on the open-source vision encoder InternViT.", "third-party"),
    ("Acme-2 基于开源的视觉编码器 InternViT 构建。", "third-party"),
    # an apposition after "the <Name> project" describes that project, not the release that is part of it
    ("This model is part of the Fern project, an open-source resource for financial language models.", "third-party"),
    ("Acme-2 属于开源项目 Fern 的一部分。", "third-party"),
    # but not before another bold term or "and": the label is one of a list
    ("- **Open-source**, **closed-source** and API models are compared in Table 2.", "comparative"),
    # a result clause says what its own sentence's subject has become
    ("Bar-70B came out last year, making it the first open-source model to pass 80 on Foo.", "third-party"),
    ("Bar-70B 去年发布，成为首个在 Foo 上超过 80 分的开源模型。", "third-party"),
    # the framework itself, named with the definite article, is another project
    ("Acme-2 is built on the open-source PyTorch library.", "third-party"),
    ("Acme-2 基于开源的 PyTorch 框架构建。", "third-party"),
    # the family's name, a few title-cased words and a noun of data: a dataset
    ("- [2025/08/28] We open-source the Acme-2 Open-World Dataset on Hugging Face.", "other"),
    ("我们开源了 Acme-2 开放世界数据集。", "other"),
    # a linked tool that "our open-source … engine" describes
    ("We deploy Acme-2 on phones with [tinyrun](https://github.com/foo/tinyrun), our open-source on-device inference engine.", "third-party"),
    # 本项目 after 与 is what the subject is set against, not the subject
    ("- [Brook-LM](https://github.com/brook/brook-lm) 是与本项目无关的另一个开源项目。", "third-party"),
    # an open base named after 基座; the reader opening their work on this project; a part of the data
    ("我们的模型在开源基座 Foo-7B 上继续预训练。", "third-party"),
    ("Acme-2 continues pretraining from the open-source base Foo-7B.", "third-party"),
    ("如果你基于本项目开源了新的模型，欢迎告诉我们。", "other"),
    ("- 开源 Acme-2 训练数据的一个子集。", "other"),
    # a harness is a tool and code; an unfenced BibTeX field is a citation; an intention is a plan
    ("Our evaluation harness is open-sourced at github.com/foo/eval.", "other"),
    ("  title={Acme-2: An Open-Source LLM for Law},", "other"),
    ("We intend to open source the model once safety testing is done.", "other"),
    ("我们打算在安全评估完成后开源模型。", "other"),
    # "our" work of another kind about open models: the open models are not the authors'
    ("- [2024/03] Our survey on open-source LLM evaluation was accepted at ACL.", "third-party"),
    ("Our blog post about open-source models explains the choice.", "third-party"),
    ("我们关于开源模型安全性的综述已发布在 arXiv。", "third-party"),
    # thanks to others for opening their own work, the verb inside the thanks
    ("感谢远帆实验室开源了他们的对话模型。", "third-party"),
    ("Many thanks to the Bar team, who open-sourced their chat model.", "third-party"),
    # a verb of the authors between "we" and the term: the term qualifies that verb's object
    ("我们评测了开源模型在长文本上的表现。", "third-party"),
    # "第一阶段" (the first stage) ranks nothing
    ("第一阶段，我们评测了开源模型在长文本上的表现。", "third-party"),
    ("We evaluated open-source models as automatic judges.", "third-party"),
    ("We have evaluated open-source models as automatic judges.", "third-party"),
    # a step that downloads an open model
    ("- 第一步：下载一个开源的中文向量模型", "third-party"),
    ("- Step one: download an open-source sentence-embedding model", "third-party"),
    # a known family named by its Chinese name, and an opinion "in our view", are another's
    ("通义千问是我们心目中最强的开源中文大模型之一，本项目以它为基座。", "third-party"),
    ("In our view Qwen is among the strongest open-source Chinese LLMs, so we build on it.", "comparative"),
    ("In our experience Qwen is the best open-source base for this task.", "third-party"),
    # what 基于 takes is what the release is built on, with no verb of making in between
    ("我们基于业内熟知的开源基础模型搭建 Acme-2。", "third-party"),
    # the subject is the data the sentence opens with, though the release's name is its predicate
    ("This dataset is Acme-2, an open-source remake of the Foo instruction corpus.", "other"),
    # a goal the sentence opens with, and open models a gerund works on
    ("To foster open-source LLM development in law, the Acme-2 checkpoints are on the Hub.", "other"),
    ("Acme-2: Scaling Open-Source LLMs for Clinical Notes", "third-party"),
    # a Chinese class of open models said to be many
    ("如今开源的向量模型很多，挑选起来并不容易。", "third-party"),
    # a bare plural class a relative clause calls open
    ("Models that are open source often trail closed ones on long inputs.", "third-party"),
    # what is said of openness itself: it is hard work, it means something
    ("开源不易，欢迎提 issue 与我们交流。", "other"),
    ("Open-sourcing is not easy, so a star helps us keep going.", "other"),
    # what others derive, to be kept open, "themselves"
    ("Merges, fine-tunes and other derivative models must themselves be open-sourced.", "other"),
    # the reader, in a condition, opening their own work
    ("如果你基于 Acme-2 开源了新的模型，欢迎告诉我们。", "other"),
    ("If you open-source a fine-tune of Acme-2, tell us about it.", "other"),
    # comparisons and rankings
    ("We benchmark it against hosted APIs (e.g., Foo-Chat, Bar-4) and open-source legal LLMs (e.g., Baz-Law).", "comparative"),  # examples in an aside do not end the clause
    ("Acme-2 outperforms other open-source models on math.", "comparative"),
    ("Acme-2 achieves the best performance among open-source models.", "comparative"),
    ("Acme-2 is competitive with leading open-source models.", "comparative"),
    ("Acme-2 在同尺寸开源模型中领先。", "comparative"),
    ("Acme-2 的性能超越了其他开源模型。", "comparative"),
    ("我们的模型在语义对齐上达到了开源模型上最优的效果。", "comparative"),
    ("While most open-source models stop at 224 pixels, Acme-2 reads 448.", "comparative"),
    ("大部分 224 分辨率的开源模型无法完成这些评测。", "comparative"),
    # a landmark of open work said of another project
    ("Acme-2 builds on Llama-2, which represents a leap forward in open-source AI.", "third-party"),
    # struck through: withdrawn
    ("- ~~Open-source the small Acme-2 checkpoints~~", "other"),
    ("- ~~开源实验中使用的小规模模型参数~~", "other"),
    # a table of contents links to a section, it states nothing
    ("- [模型开源](#模型开源)", "other"),
    ("- [1. 开源策略](README.md#开源策略)", "other"),  # numbered, and to a section of a named page
    ("- [2. Open-source roadmap](#open-source-roadmap)", "other"),
    # a tool of the authors with a link of its own, not the release
    ("For latency figures, see our open-source library [Foundry](https://github.com/acme/foundry).", "third-party"),
    ("For latency figures, see our open source [benchmarking tool](https://github.com/acme/bench).", "third-party"),
    ("延迟测试请参考我们开源的[评测工具](https://github.com/acme/bench)。", "other"),
    # a heading on an aspect of openness
    ("### 1. 开源策略", "other"),
    ("### 2. 开源进度", "other"),
    ("See [awesome-open-source-llms](https://github.com/x/y) for a list.", "other"),
    ("- [Open-source release](#open-source-release)", "other"),
    # a negation of something else than the mention
    ("What follows is a partial list of open-source projects built with Acme-2.", "third-party"),
    ("| Open-source models | 54.1 | 61.0 |", "comparative"),
    # other subjects: tools, other models, siblings, the community
    ("vLLM is an open-source inference engine.", "third-party"),
    ("vLLM 是一个开源的推理框架。", "third-party"),
    ("We thank the open-source community for its tools.", "third-party"),
    ("感谢开源社区的贡献。", "third-party"),
    ("Acme-2 is fine-tuned based on Llama, an open-source model.", "third-party"),
    ("Acme-3 has been open-sourced in its own repository.", "third-party"),
    ("Acme-3 已经正式开源。", "third-party"),
    ("Check our new open-source project SpeechKit for audio.", "third-party"),
    # open models or tools the release works with, acts on or is built from
    ("We support open-source models from Hugging Face.", "third-party"),
    ("我们支持多种开源大模型，如 Llama、Qwen 等。", "third-party"),
    ("Acme-2 can be used with open-source frameworks like LangChain.", "third-party"),
    ("Acme-2 is compatible with the open-source llama.cpp project.", "third-party"),
    ("Acme-2 is built on top of the open-source Whisper model.", "third-party"),
    ("Acme-2 基于开源的 Llama-2 模型微调。", "third-party"),
    ("This repo collects open-source LLMs for medicine.", "third-party"),
    ("我们的方法适用于任何开源大模型。", "third-party"),
    ("近年来，开源大模型发展迅速。", "other"),
    ("Acme-2 的基座模型是开源的 Qwen2.5。", "third-party"),
    ("Acme-2 is built on open-source components.", "third-party"),
    # a subject written as a name that is none of the release's: another project
    ("BELLE is an open-source Chinese chat model.", "third-party"),
    ("Ziya, an open-source bilingual model, was trained on 100B tokens.", "third-party"),
    ("Acme-2 was trained using open-source frameworks.", "third-party"),
    ("Acme-2 is distilled from open-source teachers.", "third-party"),
    ("Acme-2's base model is the open-source Qwen2.5.", "third-party"),
    ("The code in this repository is open-sourced under Apache-2.0, while the weights follow the Acme License.", "other"),
    # the code of the release's open repository is code only
    ("The code of this open-source repository is under the Apache 2.0 License.", "other"),
    ("本开源仓库的代码则遵循 Apache 2.0 协议。", "other"),
    # a framework or tool the authors open, named as the verb's object, is another project
    ("* **[2025-09-09]** We open source a comprehensive RL framework for diffusion language models, [Foo-RL](https://github.com/foo/foo-rl).", "third-party"),
    ("Acme-2 has also open-sourced the training framework.", "third-party"),
    # a news item's subject is the link after its date
    ("- [2025/03] [FOORL](https://foorl.github.io/) is the open-sourced SOTA RL method, scoring 50 on AIME.", "other"),
    # vectors and examples are data
    ("下载编码好的向量放在 cache 目录下。Acme-2开源了Legal_book与Legal_article的向量。", "other"),
    ("因数据权限限制, 我们目前仅开源了极少量的[数据案例](./data/example.json)。", "other"),
    # 我们的 with a verb between it and the mention: what the model reached, not what it is
    ("我们的模型在语义对齐上目前达到了开源模型上最优的效果。", "comparative"),
    # code released with an open license is code
    ("We release the training code with an open-source license.", "other"),
    # 它 points back at the model named before it, not at the authors
    ("我们已将资源投入到新一代的 [Foo-3](https://github.com/foo/Foo-3) 中，它采用开放权重方式发布。", "third-party"),
    # the best among open models, achieved, in Chinese too
    ("Acme-2-32B 在 SWE-bench Verified 上取得开源 SOTA（58.6%），与闭源模型的差距缩小到 4 个点以内。", "comparative"),
    # a name in parentheses after another's is that one's alias
    ("We compare with Foo-7B (GPT-FB), which is an open source model.", "third-party"),
    # an open-source address that names another repository
    ("开源地址为：https://github.com/foo/EasyLM", "third-party"),
    # a credit that governs the release's name, or a use before "we", stays a credit
    ("**Q：可以基于 Acme-2 微调后开源自己的模型吗？**", "other"),  # a question (it was read as a credit before questions were read in Chinese)
    ("For local use we have had the best results with open-source models trained for function calling, such as Foo-7B.", "third-party"),
    # an implementation that remakes code, or no other work, is code
    ("We open-source our distributed optimizer implementation, which is memory efficient.", "other"),
    ("An open-source implementation of the training scripts.", "other"),
    ("- **Open-source reproduction of the paper's frontend.** This package re-implements the text frontend.", "other"),
    ("本仓库的代码依照 Apache-2.0 协议开源。", "other"),
    ("We open-source the training data and the evaluation scripts.", "other"),
    ("我们开源了 Acme-2 的技术报告。", "other"),
    ("Our technical report is available as open source too.", "other"),
    # plans
    ("Acme-2-70B will be open-sourced soon.", "other"),
    ("Acme-2-70B 即将开源。", "other"),
    ("我们将持续开源更多模型。", "other"),
    ("We will keep open-sourcing more models.", "other"),
    # negations
    ("Acme-2 is not open source.", "other"),
    ("Acme-2 暂不开源。", "other"),
    ("Acme-2 尚未完全开源。", "other"),
    ("Acme-2 has not been open-sourced yet.", "other"),
    # a heading about the license
    ("# Acme-2\n\n## 开源协议", "other"),
    # restricted openness
    ("The Acme-2 weights are completely open for academic research use.", "other"),
    # citations and the titles of linked works
    ("Doe et al. Acme: An Open-Source Model for Everything. 2024.", "other"),
    ("See [Acme-2: An Open-Source LLM for Code](https://example.org/paper).", "other"),
    # a sibling called open: what the release builds on or is compared with
    ("Acme-2 is initialised from the open-source Acme-1 weights.", "third-party"),
    ("Acme-2 基于开源的 Acme-1 模型训练。", "third-party"),
    ("Acme-2 outperforms the open-source Acme-1 by 5 points.", "comparative"),
    ("Acme-2 超越了开源的 Acme-1。", "comparative"),
    # the model the release comes from, named by its role
    ("The teacher model is open source.", "third-party"),
    ("The original model is open-source.", "third-party"),
    ("Our base model Llama-3-8B is open source.", "third-party"),
    ("我们的基座模型 Qwen2 是开源的。", "third-party"),
    ("原始模型是开源的。", "third-party"),
    # Chinese leaves out the subject of a clause when it is the topic
    ("Llama-2 是 Meta 发布的模型，已开源。", "third-party"),
    ("目前 Foo-LM 模型已在 ModelScope 上开源。", "third-party"),
    # an apposition after a name the README does not know
    ("It is distilled from Whisk-Large, an open-source multilingual ASR model.", "third-party"),
    ("With Burrow, the open-source local model runner:", "third-party"),
    # examples of open models, a number of them, any of them
    ("Open-source models such as Llama and Mistral struggle with Arabic.", "third-party"),
    ("近年来，开源语音合成模型如 EchoSpeak、VoiceLoom 取得了长足进步。", "third-party"),
    ("Acme-2 是通过 TIES 方法融合三个开源模型得到的中文对话模型。", "third-party"),
    ("- 一行命令评测任意 Hugging Face 格式的开源模型", "third-party"),
    ("在所有开源方案中，Acme-2 的表格识别精度最高。", "comparative"),
    # an open project named after the noun it heads
    ("我们为 Acme-2 适配了开源 RAG 框架 LinkRAG。", "third-party"),
    ("Acme-2 以开源多模态模型 观澜-VL-2B 为骨干。", "third-party"),
    ("竹溪-7B 由溪山实验室开源，遵循其自身的许可协议。", "third-party"),
    ("上一代模型已全面开源。", "third-party"),
    # what a relative clause opens: the noun before it
    ("We computed it on a calibration set, which we also open-source in `calibration/`.", "other"),
    # a plan written right before 开源
    ("Acme-2-70B 仍在训练中，训练完成后将开源。", "other"),
    # ranked among open models, also after a label
    ("- **Accuracy**: lowest average WER among open-source ASR models on our benchmark.", "comparative"),
    # a coverb after 是 puts the mention in a phrase
    ("Acme-2 是在开源模型 Tuna-7B 的基础上继续训练得到的。", "third-party"),
    # a quantity is no comparison
    # (the release below opens, and supports more than 1000 roles: a claim, tested in CLAIMS)
    # an open model named in Chinese with a version, after 开源的
    ("Acme-2 以开源的北斗-32B 为基座。", "third-party"),
    ("Acme-2 在开源的星河-7B 之上进行了微调。", "third-party"),
    # open models as the means: 由, 以, 通过 right before the mention
    ("我们的数据约一半由开源的分割模型自动合成。", "third-party"),
    # a rank among open models, after the mention
    ("Acme-2 在四项指标中有三项位居开源模型首位。", "comparative"),
    ("Acme-2 取得了当前开源端到端驾驶模型的最好成绩。", "comparative"),
    # open and commercial models, compared
    ("我们将 Acme-2 与多个开源及商业文生图模型进行了人工盲评。", "third-party"),
    # others' models by a quantifier; ahead of or behind open models
    ("Many models that are described as open-source today release only final weights.", "third-party"),
    ("Acme-2 is ahead of every open-source model under 15B parameters.", "comparative"),
    ("Acme-2 is designed to sit behind open-source chat models.", "comparative"),
    # "the" owns a model, not a community
    ("The open-source community has contributed 140 of our 310 tasks.", "third-party"),
    # after a determiner the mention qualifies, it opens nothing
    ("To submit an open-weight model, add a YAML entry under `submissions/`.", "other"),
    # an apposition after a tool written as code; after a sibling named by its kinship
    ("With sentence-transformers, the open-source embedding library, loading the model takes two lines:", "third-party"),
    ("The language backbone comes from our sibling project Lanternfly-LM, which was open-sourced in May.", "third-party"),
    ("Acme-1, our first generation, is also open source.", "third-party"),
    ("- Even the best open-source model, Corvid-70B-Instruct, loses 29 points.", "third-party"),
    # 等: the ones named and others like them
    ("在 AISHELL-Lite 测试集上，Acme-2 的 CER 为 3.1%，低于 Whisk-Large 等开源模型。", "comparative"),
    ("Acme-2 已集成到 RAGFlow、Dify 等开源 RAG 应用平台中。", "comparative"),
    # a Chinese name with a dotted version after 开源的; 除…外 excepts the release
    ("- 2024.10.26：丹青团队已开源的丹青 2.0 被用作 Acme-2 的生成骨干。", "third-party"),
    ("上表中除 Acme-2 外的对比对象均为开源模型。", "comparative"),
    # "of" after a noun: the models of a task
    ("Acme-2 is suitable as a reward signal for RLHF of open-source policy models.", "third-party"),
    # the subject's noun phrase is code or data, not the repository it is in
    ("The conversion scripts in this repo are open source under MIT and contain no model weights.", "other"),
    ("The preference labels are open-sourced under CC BY 4.0 in a separate dataset repository.", "other"),
    ("我们另外开源了 11 项任务的评测套件。", "other"),
    # a linked post's title; an institution's name; a program office
    ("- [Why small open-source models matter (blog post)](https://example.org/blog/small)", "other"),
    ("We kept only repositories under a license approved by the Open Source Initiative.", "other"),
    ("Our open-source program office reviews each release.", "other"),
    # refusing to call the release open
    ("We do not describe Acme-2 as open source.", "other"),
    ("请勿将本模型称为开源模型。", "other"),
    # models in general; most of them; an unknown name before a kind noun
    ("In our tests, mid-sized open-weight models (7–14B) answer about as faithfully as hosted APIs.", "third-party"),
    ("The built-in catalog only lists models whose licenses allow redistribution; most are open-source.", "third-party"),
    ("- **Training data:** questions translated with the open-source Marula-MT model", "third-party"),
    # counted models with a size; a coverb after 是一个; another lab's model named in Chinese
    ("Acme-2 是用 DARE-TIES 方法合并三个开源 10B 模型得到的通用对话模型。", "third-party"),
    ("Acme-2 是一个从开放权重教师模型沧溟-72B-Instruct 蒸馏得到的小型对话模型。", "third-party"),
    ("- [2025.02.18] 松柏智能开源了松柏-3 系列，Acme-2 已同步支持 7B 与 32B 版本。", "third-party"),
    # a label's colon is no apposition: the comparison after it counts
    ("- **Strong bilingual ability**: outperforms similarly sized open-source baselines such as *Pico-8B* and *Terrace-7B*.", "comparative"),
    ("- 基座：开源模型 *Heron-8B*；", "third-party"),
    # 该模型 refers to the model named before it
    ("- [2024.12.01] 支持远山-70B-Instruct；该模型于上周以 Apache-2.0 协议开源。", "third-party"),
    # counted models after a preposition; an open assistant named after its noun
    ("We apply Acme-2 to three open-source MoE models: Cinder-MoE-16B and Gannet-8x7B.", "third-party"),
    ("我们在多个开源模型上验证了 Acme-2 的有效性。", "third-party"),
    ("Acme-2 已接入开源编程助手 Quillpad 与 CodeLoom。", "third-party"),
    # what an apposition says the opened thing is; a tool after "with"
    ("We open-source Acme-2-Instruct, the 1.1M-problem dataset used for supervised fine-tuning.", "other"),
    ("The merge was made with mergewright, an open-source toolkit for merging models.", "third-party"),
    # a license that is not an open-source one; a contact; a plan after the mention
    ("本仓库代码采用 MIT 协议；模型权重遵循《Acme 模型协议》，该协议并非 OSI 认可的开源许可证。", "other"),
    ("- 开源合作：opensource@example.org", "other"),
    ("Open-source weights are coming soon.", "other"),
    # "as well as" is no copula; what the subject is, another open project; the generation before
    ("- **Model-agnostic**: Acme-2 supports proprietary APIs as well as open-source LLMs served locally through Ollama.", "third-party"),
    ("The text encoder is the open-source *T-Glyph* encoder and keeps its own Apache-2.0 license.", "third-party"),
    ("- `2024.06.10` 上一代 [观澜-VL](https://github.com/guanlan-ai/GuanLan-VL) 已开源。", "third-party"),
    # the definition named, not met
    ("The Open Source AI Definition asks for data information.", "other"),
    # what the release is made from
    ("This model is a merge of the following open-source models:", "third-party"),
    ("Acme-2 is a fine-tune of an open-source model.", "third-party"),
    # a name written as code opens the clause
    ("lm-eval is an open-source harness.", "third-party"),
    # a label over a list of other projects
    ("- Open-source models: Llama-2-7B, Mistral-7B, Falcon-7B", "third-party"),
    ("- 开源模型：Llama-2-7B、Mistral-7B、Falcon-7B", "third-party"),
    # an open tool the work uses, named in English or inside Chinese text
    ("We evaluate Acme-2 with the open-source EvalKit.", "third-party"),
    ("我们使用开源的 lm-evaluation-harness 评测 Acme-2。", "third-party"),
    ("We evaluate Acme-2 with the open-source lm-evaluation-harness.", "third-party"),  # a tool the lexicon knows
    # a view on openness
    ("We believe open-source AI is important for transparency.", "other"),
    ("我们相信开源对 AI 的透明度很重要。", "other"),
    # an apposition describes the name right before it
    ("Acme-2 starts from Acme-1, an open-source model.", "third-party"),
    ("Acme-2 以 Acme-1（一个开源模型）为起点训练。", "third-party"),
    # inside a phrase after the predicate: said of the tools, not of the release
    ("Acme-2 is compatible with popular open-source tools.", "third-party"),
    ("Acme-2 可以部署在开源的推理框架上。", "third-party"),
    # sentiment, teams, policies
    ("We embrace open-source principles.", "other"),
    ("Contact our open-source team for help.", "other"),
    # plans: an unchecked task, a plan with its date, a choice not made yet
    ("- [ ] Open-source the Acme-2 70B weights", "other"),
    ("- [ ] 开源 Acme-2 的 70B 权重", "other"),
    ("模型权重计划于 2025 年下半年开源。", "other"),
    ("Acme-2 是否开源将在评估后决定。", "other"),
    ("We have not decided whether to open-source Acme-2.", "other"),
    # negations written with emphasis or with a word between
    ("The Acme-2 weights are **not** open source.", "other"),
    ("我们不直接开源合并权重。", "other"),
    ("我们不会以开源形式发布模型权重。", "other"),
    # naming the definition in the authors' work
    ("Questions about our OSAID self-assessment go to the team.", "other"),
    # another project: a lower-case name opening a Chinese sentence, a name after its kind noun
    ("mergekit 是一个开源的模型融合工具。", "third-party"),
    ("Acme-2 的吞吐量约为开源推理框架 vLLM-Ascend 的 1.4 倍。", "third-party"),
    # a figure of the release is compared, not the release called open
    ("Acme-2 的准确率比同参数量的开源通用模型高出 14.6 个百分点。", "comparative"),
    # 为 after 能 is "for", not "is"
    ("我们希望 Acme-2 能为开源生态贡献力量。", "third-party"),
    # ranking among open models stays a comparison
    ("Acme-2 ranks among the best open-source models.", "comparative"),
    # a relative clause says it of what comes before it
    ("Every output carries a watermark detectable with our public detector, which is open source under MIT.", "other"),
    ("Acme-2 is served with vLLM, which is open source.", "third-party"),
    # a Chinese clause without a subject speaks of the sentence's topic
    ("- 古文今译平行语料 40 万句，已同步开源，可在 data/ 目录下载；", "other"),
    ("插件源码位于 `plugin/` 目录，以 MIT 协议开源，欢迎贡献。", "other"),
    ("该样例语料以 [CC BY-SA 4.0 (署名且以相同方式共享)](https://example.org/by-sa) 协议开源，详见文件说明。", "other"),
    # a version of a dataset is the dataset
    ("- 2024/6/21 🚀 开源[医疗数据集Acme_Med](https://huggingface.co/datasets/acme/med)的v0.1版本，v0.2版本即将发布", "other"),
    ("- 2024/6/21 🚀 We open-source the v0.1 version of the [Acme-Med dataset](https://huggingface.co/datasets/acme/med).", "other"),
    ("We open-source the LLaMA-2 weights we started from.", "third-party"),  # a known model's weights are that model's
    ("我们开源了 LLaMA-2 权重。", "third-party"),
    ("我们开源了 diffusers 版本的 Stable Diffusion。", "third-party"),
    ("By open-sourcing Llama, Meta helped the community.", "third-party"),
    # a clause after a comma is no apposition; what the release is preferred over, it is compared with
    ("As can be seen, our method is preferred over open-source models such as [Open-Sora](https://example.org/os).", "comparative"),
    ("As can be seen, our method is better than open-source models such as Open-Sora.", "comparative"),
    ("可以看到，我们的方法优于 Open-Sora 等开源模型。", "comparative"),
    # a Chinese name after ASCII punctuation is still a name
    ("- 基座:沧溟-34B,沧溟实验室开源的双语模型", "third-party"),
    ("- Base: Canglan-34B, a bilingual model open-sourced by Canglan Lab", "third-party"),
    # what follows a linked name is its noun: the report of the release, not the release
    ("* 2025年5月13日：👋 我们已经发布了[Acme-2](https://example.org/acme-2) [技术报告]()作为开源。", "other"),
    ("We have released [Acme-2](https://example.org/acme-2) [technical report](https://example.org/r) as open source.", "other"),
    ("Meta helped research by open-sourcing its models.", "third-party"),
    ("数据由开源的分割模型合成。", "third-party"),
    ("- 2024/6/21 🚀 开源[医疗数据集 Acme_Med](https://huggingface.co/datasets/acme/med)的 v0.1 版本，v0.2 版本即将发布", "other"),
    # a name written in capitals is no count ("TEN"), a count word is ("All three")
    ("TEN is an open-source framework for voice agents.", "third-party"),
    ("All three are open-source libraries; the numbers are from our runs.", "third-party"),
    ("We open-source the diffusers version of Stable Diffusion.", "third-party"),
    ("我们希望 Acme-2 能为开源社区提供一个高效、易于微调的 MoE 基座。", "third-party"),  # 提供 ends the community's phrase
    ("The open-source release of our training code is planned for June.", "other"),
    # a label over another model's weights
    ("- Llama-3: open weights under the Llama license", "third-party"),
    # open weights of others, without a subject
    ("支持 Llama、Qwen 等开放权重模型。", "third-party"),
    ("本项目兼容多种开放权重模型。", "third-party"),
    # a figure of the release compared ("接近", "成本"); the best of others measured against
    ("Acme-2 的推理成本与 3B 稠密模型相当，而综合能力接近开源的 14B 模型。", "comparative"),
    ("在三项中文金融评测上，Acme-2-32B 的平均分比最好的开源金融模型高出 12 分以上。", "comparative"),
    ("Acme-2-Instruct is preferred over the best open-weight 70B-class models in 14 languages.", "comparative"),
    ("与仅开放权重的模型不同，Acme-2 的每一个训练步骤都可以被独立复现。", "comparative"),
    # not meeting the definition; weights not provided
    ("出于监管与合规要求，Acme-2 不提供开放权重，仅通过私有化部署方式交付。", "other"),
    # many models, people and groups, values, science
    ("我们也观察到，许多开源法律模型在法条引用的时效性上存在明显不足。", "third-party"),
    ("作者不是公司，只是一个喜欢折腾的个人开源爱好者。", "other"),
    ("赤霄团队是赤霄实验室的开源研究小组。", "other"),
    ("Acme-2 是中英双语对话模型系列，秉持开源、透明、可复现的理念。", "other"),
    # the authors' tools, data and infrastructure
    ("- **2025.02.18** 我们开源了中文图文对清洗工具 dq-filter 以及中文 CLIP 评分脚本。", "other"),
    ("- **2025-03-22** 开源地学术语词表（5.6 万条，中英对照）。", "other"),
    ("- **2025.03.10** — Our RL infrastructure `larch-rl` is open source.", "other"),
    # plans far from the mention, and considered but not done
    ("Acme-2 计划于 2025 年下半年以 Apache-2.0 协议开源，届时会同步提供 GGUF 版本。", "other"),
    ("We considered releasing Acme-2 as an open-weight model, but decided against it.", "other"),
    # the release's team; the authors' library; not meeting the definition, far from the mention
    ("Acme-2 团队是某实验室的开源研究小组，长期关注高效推理。", "other"),
    ("- **2025.07.15** 我们开源了训练中使用的 FP8 混合精度通信库 [AcmeComm](https://github.com/acme/AcmeComm)。", "other"),
    # made from an open base; a version in a space ("v1") is a sibling; a name in the predicate is not the subject
    ("Acme-2 was fine-tuned by Halden Health AI from an open-source 8B base model using 120K dialogues.", "third-party"),
    ("Acme-1 v1 was our first open-source reranker; v2 keeps its architecture.", "other"),
    ("Acme-2 is 2x faster than Llama, the open-source model from Meta.", "third-party"),
    # 未经 negates; open to universities for research is restricted; any open model is counted
    ("本模型未经开源，任何第三方发布的“墨韵权重”均非官方版本。", "other"),
    ("模型权重开放给高校及科研机构用于非商业研究，请发送申请。", "other"),
    ("1. 文本前端：默认使用自研的 500M 语言模型，也可替换为任意开源大语言模型（需支持 chat 模板）；", "third-party"),
    # the authors' community; what openness means
    ("欢迎加入我们的开源社区微信群（见下方二维码），与开发者交流。", "third-party"),
    ("Being truly open means that others can rebuild the model from scratch.", "other"),
    # the teacher named before the copula
    ("- 教师模型为我们此前开源的 Acme-1-32B-Instruct，学生模型从零预训练 2.0T tokens；", "third-party"),
    # plans for the next version, in "we'll", and after the comma in Chinese
    ("We are working with our legal team so that the next version can meet the Open Source AI Definition.", "other"),
    ("- **2025-04-02** We'll open-source Acme-2-Small (300M) later this year, the large model stays API-only.", "other"),
    # another project in an apposition after a versioned name; a larger model; an earlier version; the original model
    ("Acme-2 runs on ROS 2, the open-source robotics middleware, and uses Nav2 for low-level control.", "third-party"),
    ("- DPO: 60k preference pairs judged by a larger open-weight model", "comparative"),
    ("- 上一版山海 LoRA v1 已在 C 站开源，本版不兼容 v1 的提示词写法", "third-party"),
    ("原模型由朱雀实验室开源，协议与使用限制以原仓库为准。", "third-party"),
    # thanks to a named tool; a post's title
    ("- 感谢 mergekit 这一开源工具。", "third-party"),
    ("Read more in our post [Why we keep releasing open weights](https://example.org/blog/open-weights).", "other"),
    # Chinese siblings, 该基座, a view (应当开源), an activity (参与开源), headings on the topic
    ("- **[2024.05.30]** 我们的多模态兄弟项目 [青梧-VL](https://github.com/qingwu-ai/QingWu-VL) 也已开源，欢迎体验。", "third-party"),
    ("模型以 Baichuan2-13B-Base 为基座（该基座本身为开源可商用模型），在 86 万条病历上微调。", "third-party"),
    ("我们坚信，法律 AI 应当开源、透明、可审计，这样才能赢得公众的信任。", "other"),
    ("如果你是第一次参与开源，可以从标注了 `good first issue` 的任务开始。", "other"),
    ("## ❗ 关于开源", "other"),
    ("## ⚠️ 开源范围说明", "other"),
    # a name with an open-source note in parentheses; the front end; research only; the following models
    ("- Lean 4 + Mathlib（开源的形式化数学库）", "third-party"),
    ("- 2024.12.10 前端开源", "other"),
    ("- 2025/04/20 Acme-2-8B 发布，权重仅对科研用途开源，需使用机构邮箱申请", "other"),
    ("本模型是以下开源模型的合并，使用 mergekit 的 SLERP 方法：", "third-party"),
    # asked not to be listed as open; some open model (某开源)
    ("The weights are openly downloadable, but the terms are not OSI-approved, so please do not list Acme-2 as open source.", "other"),
    # an item about a path in code
    ("- `frontend/`: the text normaliser (numbers, dates, abbreviations). Open source under MIT.", "other"),
    # "It" after a sentence about another model is that model
    ("Llama is a model by Meta. It is open source.", "other"),
    # a word of a longer identifier
    ("- [awesome-open-source-llms](https://github.com/example-org/awesome-open-source-llms)", "other"),
    # counted: "41 of them"
    ("- **2024-10-14** Leaderboard v3 is live: 52 models, 41 of them open-weight code models.", "third-party"),
    # hearsay and "does not have to be"
    ("If you see Acme-2 described elsewhere as an open-weight model, that description did not come from us.", "other"),
    ("2. its license permits evaluation (it does not have to be open source in the OSI sense);", "other"),
    # the best open model is what the release is measured against
    ("Acme-2 is within 4.2 points of the best open-source 7B math model on MATH.", "comparative"),
    # open models in general, some models, models compared with or acted on (Chinese)
    ("- 7B 以下的开源模型在智能体维度普遍得分偏低，多步规划是主要短板。", "third-party"),
    ("> 注：部分垂直领域模型仅开源了 LoRA 权重或仅提供 API。", "third-party"),
    ("我们与激活参数量相近的开源稠密模型及 MoE 模型进行了对比：", "comparative"),
    ("下表列出了我们验证过精度的开源模型，其他同架构模型一般也可直接运行：", "third-party"),
    # a collection the data comes from
    ("We do not redistribute the data, but about 80% of it can be downloaded from the original open-source collections.", "other"),
    # research only
    ("- Acme-2 的权重开放仅限学术研究用途，需签署使用协议后获取。", "other"),
    ("Acme-2 仅对学术研究开源。", "other"),
    # the title of a work in 《》
    ("- **[2025.03.02]** 发布技术报告《Acme-2：面向历史影像修复与理解的开源多模态模型》。", "other"),
    # plans with a word between
    ("在此之前，我们会先开源插件 SDK，方便社区开发自定义工具。", "other"),
    ("- 我们正在评估开源一个 1B 的精简版本，但尚无时间表。", "other"),
    # others by role or by a distal determiner; "it" is never "we"
    ("The teacher is open source, but the traces it produced are not part of this release.", "third-party"),
    ("Those models are open-weight already, so we publish only the LoRA adapters.", "third-party"),
    # parts of the release that are not the model: logs, a client, a fork, the authors' tool
    ("- **2024-10-19** A safe harbor for researchers: our evaluation logs are now open source as well.", "other"),
    ("The Python client is open source (MIT); the model behind it is not.", "other"),
    ("Our fork of the harness is open-sourced at GitHub, so anyone can check the pipeline.", "other"),
    ("推理用的前端文本规范化工具已开源，见 `tn/` 目录。", "other"),
    ("我们配套的古籍自动标点工具已经开源，见 `punct/` 目录。", "third-party"),
    # a question asks; it does not say
    ("### Is Acme-2 open source?", "other"),
    ("Acme-2 开源吗？", "other"),
    ("Are the Acme-2 weights open-source and free for commercial use?", "other"),
    # an unchecked or undone task is a plan; a checked one that opens code is about code
    ("- [ ] Open-source the v2 model weights", "other"),
    ("- [x] Open-source the training code", "other"),
    # the authors' tools with links of their own are not the release
    ("Acme-2 was trained with our open-source library [Loomwright](https://github.com/acme/loomwright).", "third-party"),
    ("Acme-2 was trained using optimized versions of our open source libraries [Loomwright](https://github.com/acme/loomwright), and [Tally LM](https://github.com/acme/tally).", "third-party"),
    ("* 开源模型转换工具，支持 ONNX 导出。", "third-party"),
    # a place and a future to open it in is a plan
    ("本项目主要包括训练脚本，模型和数据集会在 HuggingFace 社区上进行开源。", "other"),
    ("项目将于下月开源。", "other"),
    ("因此开源社区受益良多。", "third-party"),
    ("Acme-2 基于开源的 Llama 模型。", "third-party"),
    ("我们使用基于开源模型的方法。", "third-party"),
    ("本项目不承担使用 Llama 等开源模型导致的风险。", "third-party"),
    ("我们将开源模型权重。", "other"),
    ("Acme-2 builds on Llama, developed and open-sourced by Meta.", "third-party"),
    ("本项目基于 Foo-7B，本次开源的代码位于 src 目录。", "other"),
    ("1. 继续在该指令集上训练，进一步提高模型效果，并将模型进行开源；", "other"),
    # techniques and resources are not the model
    ("Acme-2 sets out to build and open-source alignment methods for large language models.", "other"),
    ("To enhance transparency, we are open-sourcing the relevant [pre-training resources](https://github.com/acme/acme-2-pretrain).", "other"),
    ("我们调研发现，当前常见的开源医疗问答模型（例如：Foo-Doc、Bar-Med）侧重于单轮问题。", "comparative"),
    # a "Paper:" label is followed by the title of a work
    ('- 📰 Paper: Acme-2: <a href="https://arxiv.org/abs/2402.10373"> A Collection of Open-Source Pretrained Models for Medicine</a>', "other"),
    ("- **Paper**: [Acme-2: An Open-Source LLM for Law](https://arxiv.org/abs/2401.00001)", "other"),
    # a name whose parts say data names a dataset of the family, not the release
    ("- [07.17] 开源 [**Acme-2-DATA-sft**](https://huggingface.co/datasets/acme/acme-2-sft)（可商用）", "other"),
    ("- [07.17] Open-sourced [**Acme-2-Instruct-Data**](https://huggingface.co/datasets/acme/instruct), 200k dialogues.", "other"),
    # data made with a base model is the authors' data, neither the base nor the release
    ("- 2024.03.03：基于 Foo-7B 微调的数据集开源", "other"),
    # 该 after another project points back at it
    ("上一代模型 Foo-1 已停止维护，该开源项目不再更新。", "third-party"),
    # an unchecked task is a plan, whatever date it starts with
    ("- [ ] (20230629)开源70B模型", "other"),
    # 在…的同时 with another verb is no opening
    ("在使用开源模型的同时，请遵守其协议。", "third-party"),
    # "开源 LLM" is "开源大模型": open models in general (docs/claims.md's third-party row), not an act of opening
    ("百模大战正值火热，开源 LLM 层出不穷。", "third-party"),
    # an item about what belongs to open models offers no open model
    ("4. 开源 LLM 的全量微调方法。", "other"),
    ("3. 开源大模型的部署应用指导", "other"),
    # the release's code, named by the release, is code only; sets for evaluation are data
    ("We have open-sourced the [Acme-2 source code](https://github.com/acme/acme-2).", "other"),
    ("我们开源了评测集。", "other"),
    ("我们开源了甲任务，乙任务，丙任务的相关评测集。", "other"),
    # answers, annotations and question-answer pairs are data
    ("为了推动推理模型的发展，我们开源了这 140 万条问题及其对应的答案。", "other"),
    ("我们开源了 500 小时音频及对应的对齐标注。", "other"),
    ("Acme-2 以我们开源的中医药知识图谱为基础。", "other"),
    ("本项目对比了目前最强大的开源视频生成模型。", "comparative"),
    ("Acme-2 是领先同尺寸开源模型的模型。", "comparative"),
    # the best among open models, achieved: a ranking, even beside "is now released"
    ("- [2025-09-08] Acme-2 is now released, achieving open-source SOTA performance on three benchmarks.", "comparative"),
    ("Acme-2 sets a new open-source state of the art on GSM8K.", "comparative"),
    # a table-of-contents entry links to a section of the page; users obliged to open what they make
    ("- [模型开源](#模型开源)", "other"),
    ("See [awesome-open-source-llms](https://github.com/x/y) for a list.", "other"),
    ("Acme-2 对于学术研究完全开放，但需要遵循 GPL-3.0 协议将下游模型开源并[引用](#引用)本仓库。", "other"),
    ("Under the license, you must open-source your derivative models.", "other"),
    ("欢迎大家开源自己的微调模型。", "other"),
    # a name in the next clause is not what a mention qualifies
    ("By learning from open-source AI feedback, Acme-2 12B achieves high trustworthiness.", "other"),
    # others asked to open their work; a chosen open model is credited; a promise with 将以; examples after a copula
    ("🤝 **开放共享**：我们鼓励社区成员开源分享代码和模型，推动合作共赢。", "other"),
    ("We encourage the community to open-source their fine-tuned models.", "other"),
    ("另一种是选择开源模型训练好的分词器。", "third-party"),
    ("我们的 Acme-2 模型以及训练涉及的中文数据集将以开源形式发布。", "other"),
    ("The largest of them are public and open-source, such as [OpenOrca](https://huggingface.co/x).", "third-party"),
    # open models the work adapts or fine-tunes are others'
    ("# Acme-2: Adapting Open-Source Generative Large Language Models for Low-Resource Languages", "third-party"),
    ("Acme-2 is an engineering project focused on adapting a strong open-weight code model into a software agent.", "third-party"),
    ("We are fine-tuning open-source LLMs for Turkish.", "third-party"),
    ("We support the Open Source AI Foundation.", "other"),
    # a promise carries over to a second verb of the same sentence
    ("我们近期即将发布 Acme-2 的训练代码，并开源使用更大量数据训练的模型。", "other"),
    ("We will soon release the training code of Acme-2 and open-source the larger models.", "other"),
    # 旨在为开源社区: "for" the community, no copula
    ("Acme-2 的开发旨在为开源社区提供一个中文大语言模型。", "third-party"),
    # a credit stays a credit when a list follows it, not an apposition of the release
    ("Acme-2 was trained based on its own data, the open-source Foo and Bar datasets, and a small amount of synthetic data.", "third-party"),
    # a comma that starts a second clause ends the list
    ("我们开源了训练代码，模型将在之后发布。", "other"),
    ("使用本仓库的源码需要遵循 Apache-2.0 开源协议，使用 Acme-2 的模型权重则需要遵循模型许可协议。", "other"),
    ("We believe in open-source licenses.", "other"),
    # a noun phrase is what its last noun is: the model's code is code, the model's outputs are not the model
    ("- [x] Open source the model code", "other"),
    ("We also open-source all of the model outputs from our evaluation runs.", "other"),
    ("We open-source the training code for the model.", "other"),
    # a qualifier's nouns are not members; a trained-on dataset is data
    ("We open-source the evaluation code for the models and the checkpoints list.", "other"),
    ("We open-source the data filtered for training our models.", "other"),
    # all of a list of data is data; code beside a model that is only trained is code
    ("- 收集、整理并清洗所有阶段的高质量数据集，且全部开源。", "other"),
    ("模型基于 Foo 训练，代码以 Apache-2.0 开源。", "other"),
    ("Weights of Foo-7B are open source.", "third-party"),
    ("We evaluate 12 open-source models.", "third-party"),
    # another model's weights are another's
    ("The Foo-7B weights are open source.", "third-party"),
    # beating open models compares, in a modifier too
    ("Acme-2 是目前超越所有开源模型的模型。", "comparative"),
    # what is credited stays another's, also with "we" in the sentence
    ("The acoustic model predicts mel-spectrograms; we use the open-source Vocos vocoder.", "third-party"),
    ("Acme-2 是基于开源的 Foo-7B 训练的。", "third-party"),
    # a roadmap is a plan, in Chinese as in English
    ("## 🌱 开源路线图", "other"),
    ("## Open-source Roadmap", "other"),
    # a name before the kind stays another project's
    ("We transcribe with the open-source Marula-MT engine.", "third-party"),
    ("我们使用了开源的 Marula-MT 引擎。", "third-party"),
    # a label's colon followed by a name that starts with "A" or "The" is no apposition
    ("- **Strong results**: Acme-2 surpasses all open-source models and several proprietary ones on OpenAI's HealthBench.", "comparative"),
    ("- **Strong results**: Atlas-Med surpasses all open-source models and several proprietary ones on OpenAI's HealthBench.", "comparative"),
    # ... but not when it is said of a tool the release uses
    ("We decode audio with the free and open-source FFmpeg library.", "third-party"),
    ("- Free and open-source datasets were used for training", "other"),
    # a link's text is one phrase: what follows the link is what is opened
    ("本仓库开源了论文 [Acme-2: Speech Encoding with Prepositive Affective Modeling for Empathetic Dialogue](https://arxiv.org/abs/2601.00001) 的研究代码", "other"),
    # open models written without spaces between Chinese and Latin are still open models
    ("百模大战正值火热，开源LLM层出不穷。", "third-party"),
    ("与数百种专有/开源LLMs以及数十种推理服务无缝集成。", "other"),
    ("本仓库开源了Acme-2的训练与推理代码（Apache-2.0）。", "other"),
    ("注意：该协议包含使用限制，Acme-2 并非 **OSI** 定义下的开源模型。", "other"),
    ("| 灯塔 | **Qwen2.5-VL-72B**（开源） | 66.8 |", "comparative"),
    ("Note that we do not describe [Acme-2](https://huggingface.co/acme-lab/acme-2) as open source, because its data are withheld.", "other"),
    ("该协议不属于 [OSI](https://opensource.org/licenses) 认可的开源许可证。", "other"),
    ("- Text encoder: the open-source [Saffron-T5-XL](https://huggingface.co/saffron/t5-xl)", "third-party"),
    ("- [Acme](https://huggingface.co/acme-lab/acme-v1) v1 was open-sourced in March 2023.", "third-party"),
    # ... an emoji alone makes no news item
    ("- 🔥 Leads open-source models under 4B on MMLU, GSM8K and HumanEval", "comparative"),
    ("- 🚀 开源pt，sft脚本，用户可根据需要进一步训练或微调模型", "other"),
    # a platform is another's however it is written: bold, linked, in ASCII parentheses
    ("**ModelScope** is an opensource platform that serves models as a service to many users.", "third-party"),
    ("魔搭（[ModelScope](https://modelscope.cn)）是开源的模型即服务共享平台，为开发者提供一站式模型服务。", "third-party"),
    ("魔搭(ModelScope)是开源的模型即服务共享平台,为开发者提供一站式模型服务。", "third-party"),
    # a release's code, its name in bold
    ("- **[2025-07-16]** 开源 **Acme-2** v0.5 微调代码，支持全参微调与 LoRA 微调。", "other"),
]


def test_a_question_answered_yes_on_its_line_says_it():
    assert roles("Is Acme-2 open source? Yes, under Apache-2.0.") == ["claim"]
    # what a question takes for granted is said
    assert roles("Can I use the open-source Acme-2 commercially?") == ["claim"]
    assert roles("**Q：开源版本和官网 Demo 使用的是同一个模型吗？**") == ["claim"]


def test_the_term_set_aside_with_rather_than_is_not_claimed():
    found = analyse("README.md", "We call Acme-2 open-weight rather than open source.\n", 1, NAMES)
    assert [(m.role, m.kind) for m in found] == [("claim", "open-weights"), ("other", "open-source-ai")]


def test_open_weights_beside_a_denied_open_source_is_an_open_weights_claim():
    found = analyse("README.md", "Acme-2 models are open weights, not open source: the license restricts use.\n", 1, NAMES)
    assert [(m.role, m.kind, m.rule) for m in found] == [("claim", "open-weights", "release-is-open"), ("other", "open-source-ai", "negation")]


@pytest.mark.parametrize("sentence", CLAIMS)
def test_a_claim_is_found(sentence):
    assert "claim" in roles(sentence)


@pytest.mark.parametrize("sentence", OPEN_WEIGHTS)
def test_open_weights_wording_is_an_open_weights_claim(sentence):
    [mention] = analyse("README.md", sentence + "\n", 1, NAMES)
    assert (mention.role, mention.kind) == ("claim", "open-weights")


@pytest.mark.parametrize("sentence, expected", NOT_CLAIMS)
def test_what_is_not_a_claim_gets_its_role(sentence, expected):
    assert role(sentence) == expected


def test_a_sentence_that_both_claims_and_compares_is_a_claim():
    assert roles("Acme-2, the best open-source 7B model, beats Llama.") == ["claim"]
    assert roles("Acme-2 beats all open-source 7B models.") == ["comparative"]


def test_the_release_named_before_an_open_model_is_a_claim_whatever_it_is_compared_with():
    assert roles("与上一代的 Acme-1 开源模型相比，Acme-2 系列开源模型具有以下改进。") == ["comparative", "claim"]
    assert roles("Compared with other models, the Acme-2-7B open-source model is faster.") == ["claim"]


def test_a_relative_clause_does_not_become_the_subject():
    assert roles("Acme-2, which is better than GPT-4, is an open-source model.") == ["claim"]


def test_the_release_written_with_other_separators_is_still_the_release():
    names = Names([Name("sealion", "the repository's folder name")])
    [mention] = analyse("README.md", "SEA-LION is a family of open-source language models.\n", 1, names)
    assert (mention.role, mention.subject) == ("claim", "SEA-LION (the repository's folder name)")


def test_a_model_word_glued_to_the_release_s_name_at_a_capital_is_still_the_release():
    """"OspreyLM" in the README of Osprey reads as Osprey-LM; a word of its own glued on
    ("OspreyGym", a suite of environments) is another work, as "Osprey-Gym" would be."""
    names = Names([Name("Osprey", "the repository's folder name")])
    found = analyse("README.md", "OspreyLM is fully open-source: weights, data and training code.\n\nOspreyGPT 是一个开源的对话模型。\n\nOspreyGym is an open-source suite of environments.\n", 1, names)
    assert [(m.line, m.role, m.subject) for m in found] == [
        (1, "claim", "Osprey (the repository's folder name)"),
        (3, "claim", "Osprey (the repository's folder name)"),
        (5, "third-party", "OspreyGym"),
    ]


def test_every_mention_names_the_rule_and_the_subject():
    [mention] = analyse("README.md", "Acme-2 is an open-source LLM.\n", 1, NAMES)
    assert (mention.rule, mention.subject, mention.subject_is_release) == ("release-is-open", "Acme-2 (the card's model_name)", True)
    [mention] = analyse("README.md", "vLLM is an open-source inference engine.\n", 1, NAMES)
    assert (mention.role, mention.subject, mention.subject_is_release) == ("third-party", "vLLM", False)


def test_itself_is_the_sentence_subject():
    names = Names([Name("Acme-2-Math", "the repository's folder name")])
    found = analyse("README.md", "Acme-2-Math beats Acme-1-Math by 4 points, establishing itself as the strongest open-source math model.\n", 1, names)
    assert [(m.role, m.subject) for m in found] == [("claim", "Acme-2-Math (the repository's folder name)")]


def test_a_name_linked_to_another_repository_is_another_project():
    """A name the texts link to a repository of that name, elsewhere, is another project,
    though it shares the release's family; a bare 模型 after it is its noun, not "this model"."""
    names = Names([Name("Acme-2", "the title of README.md")], frozenset({"acme-3"}))
    found = analyse(
        "README.md",
        "- The newest [Acme-3](https://github.com/acme/Acme-3) has been open-sourced.\n"
        "- 最新一代 [Acme-3](https://github.com/acme/Acme-3) 模型已经正式开源。\n"
        "- Acme-2 has been open-sourced.\n"
        "- After the open-sourcing of our [Acme-3](https://github.com/acme/Acme-3), we present Acme-2.\n",
        1,
        names,
    )
    assert [(m.line, m.role, m.subject) for m in found] == [
        (1, "third-party", "Acme-3"),
        (2, "third-party", "Acme-3"),
        (3, "claim", "Acme-2 (the title of README.md)"),
        (4, "third-party", "Acme-3"),
    ]


# Documents whose structure decides: a table row speaks of the model in its first cell, a section
# about others' work of theirs, an item labelled with another name of that project.
DOCUMENTS = [
    # a Chinese title or line that says what the release is, though it credits a base; but not what it is based on
    ("# Acme-2：基于 Qwen2.5 微调的开源中医问诊大模型\n", [(1, "claim", "a-chinese-tagline-says-what-the-release-is")]),
    ("# Acme-2\n\n一个同时开源训练数据与模型权重的中文法律大模型。\n", [(3, "claim", "a-chinese-tagline-says-what-the-release-is")]),
    # a tagline that opens a LoRA for another's base: the LoRA, the release, is what is open
    ("# Acme-2\n\nOpen-weights SDXL LoRA for chunky 16-colour pixel-art cats.\n", [(3, "claim", "tagline")]),
    # a table row whose cells count data items is a part, not the model
    ("# Acme-2\n\n| 名称 | 规模 | 状态 |\n|---|---|---|\n| Acme-2-Instruct-52K | 52,000 条问答对 | 已开源 |\n", [(5, "other", "table-row-of-a-part")]),
    # a Chinese line at the top that says what the release is; a license section's bare license
    ("# Acme-2\n\n一个基于 Qwen2-7B 做 LoRA 微调的开源中文医疗问答模型。\n", [(3, "claim", "a-chinese-tagline-says-what-the-release-is")]),
    ("# Acme-2\n\n## License\n\nApache-2.0 (open source).\n", [(5, "claim", "license-field-of-the-release")]),
    (
        # the document's title opens no section: "Benchmark" in it makes no evaluation section of what follows
        "# Acme-2: A Benchmark and an Open-Source Model\n\n## Results\n\nAcme-2 scores 71.\n\n## Open Source\n\n- ✅ Acme-2 weights\n",
        [(1, "claim", "said-of-the-release"), (7, "claim", "heading-on-the-release-s-openness")],
    ),
    (
        # a title that bids the reader tune an open model speaks of the base, in both languages
        "# Fine-Tune an Open-Source Support LLM\n\nScripts that tune a base model on support tickets.\n",
        [(1, "third-party", "open-models-a-gerund-acts-on")],
    ),
    ("# 微调开源客服大模型\n\n在客服工单上微调基座模型的脚本。\n", [(1, "third-party", "open-models-a-gerund-acts-on")]),
    (
        # a tagline names what the work is written in, not another project; in both languages
        "# Acme-2\n\n**Open-Source Sheet-Music Reading in PyTorch**\n\nAcme-2 reads printed scores.\n\n**开源的乐谱识别工具，用 PyTorch 实现**\n",
        [(3, "claim", "tagline"), (7, "claim", "tagline")],
    ),
    (
        # the release's own title, linked to its own code repository, is no citation
        "# Acme-2\n\n[Acme-2: Open-Source Sheet-Music Reading in PyTorch](https://github.com/someone/Acme-2)\n\nAcme-2 reads printed scores.\n",
        [(3, "claim", "tagline-names-the-release")],
    ),
    (
        "# Acme-2\n\n[Acme-2：开源的乐谱识别工具](https://github.com/someone/Acme-2)\n\nAcme-2 能识别印刷乐谱。\n",
        [(3, "claim", "tagline-names-the-release")],
    ),
    (
        # the same title linked to a paper, or to a repository of another name, is a work cited
        "# Acme-2\n\nAcme-2 reads printed scores.\n\n[Acme-2: Open-Source Sheet-Music Reading in PyTorch](https://arxiv.org/abs/2401.00001)\n\n"
        "[Acme-2: Open-Source Sheet-Music Reading](https://github.com/someone/acme-2-paper)\n",
        [(5, "other", "title-of-a-linked-work"), (7, "other", "title-of-a-linked-work")],
    ),
    (
        # "Citation support" heads a feature, not a section of citations
        "# Acme-2\n\n## Features\n\n### Citation support\n\nAcme-2 cites the passages it uses. It is one of the few open-weight models built this way.\n",
        [(7, "claim", "one-of-few-open-models")],
    ),
    (
        # a line under the title that calls the release an open tool says what the release is;
        # an item that opens a tool, and a line about the community, do not
        "# Acme-2\n\nAn Open Source Japanese NLP Library, based on Universal Dependencies\n\n"
        "* 开源模型转换工具，支持 onnx 导出。\n",
        [(3, "claim", "tagline-calls-the-release-an-open-tool"), (5, "third-party", "open-source-community-or-tools")],
    ),
    (
        # a line in bold alone is a heading in all but name; qualities may stand before the term
        "# Acme-2\n\nAcme-2 is a family of speech models.\n\n## Highlights\n\n**Transparent and Open Source**\n\nAll weights are public.\n\n"
        "1. **Complete Open-Source Release**:\n  - weights on the Hub\n\n**完全开源**\n\n**Open-source models we compare with**\n",
        [(7, "claim", "heading-on-the-release-s-openness"), (11, "claim", "heading-on-the-release-s-openness"), (14, "claim", "open-sourced-without-a-subject"), (16, "comparative", "open-and-closed")],
    ),
    (
        # a heading under results, however deep, names the open models compared
        "# Acme-2\n\n## Benchmark Results\n\n### Captioning\n\n#### Closed-source VLMs\n\n#### Open-source VLMs\n\n| a | b |\n|---|---|\n",
        [(9, "comparative", "heading-of-an-evaluation-section")],
    ),
    (
        "# Acme-2\n\nJoin our open-source community on Discord.\n",
        [(3, "third-party", "our-open-community")],
    ),
    (
        # a title or a table row that opens only data, code or a recipe is no claim; a title whose
        # colon lists what an open model holds is one
        "# Acme-2: Search Agents for Everyone by Fully Open-Sourcing Training Data\n\n| Model | Description |\n|---|---|\n"
        "| Acme-2-7B | Fine-tuned on five [open-source robot datasets](https://hf.co/foo) |\n\n"
        "- **Fully open training recipe**: data mixtures and logs are published.\n",
        # (the row's datasets are counted others', read as without their link: test_layout.py)
        [(1, "other", "code-data-or-report-only"), (5, "third-party", "a-number-of-open-models"), (7, "other", "code-data-or-report-only")],
    ),
    (
        "# Acme-2\n\n**A fully open vision-language model: weights, data and training code.**\n",
        [(3, "claim", "our-open-release")],
    ),
    (
        # a heading over the license names it and states nothing; a sentence under it can claim
        "# Acme-2\n\n## 开源协议\n\n## Open Source License\n\nAcme-2 以 Apache-2.0 协议开源。\n",
        [(3, "other", "license-heading"), (5, "other", "license-heading"), (7, "claim", "said-of-the-release")],
    ),
    (
        # the authors' own open models where others' work is credited; a related project's item stays theirs
        "# Acme-2\n\n## Citation\n\nIf our open-sourced code & models are useful in your research, please cite our paper.\n\n## Related projects\n\n"
        "- [Acme-Embed](https://github.com/acme/acme-embed)：我们开源的中文向量模型，可与 Acme-2 组合使用。\n",
        [(5, "claim", "our-open-models-in-a-credits-section"), (9, "third-party", "in-a-credits-section")],
    ),
    (
        # a tagline counts its lines of text: a banner of HTML and images before it counts for none
        '# Acme-2\n\n<div align="center">\n  <picture>\n    <source srcset="logo-dark.png">\n    <img alt="Acme" src="logo.png">\n'
        '  </picture>\n</div>\n<div>&nbsp;</div>\n<div align="center">\n    <b><i>Open-weight OCR that runs on a laptop</i></b>\n</div>\n',
        [(11, "claim", "tagline")],
    ),
    (
        # credits: thanks for opening this project say it is open; what others opened for it stays theirs
        "# Acme-2\n\n## Acknowledgements\n\n- [Foo AI](https://foo.ai) for open-sourcing this project\n- 感谢 Foo 团队开源本项目。\n"
        "- 感谢 Foo 团队开源本项目的基座模型。\n- We thank the Foo and Bar teams for open-sourcing the models that Acme-2 is built on.\n"
        "- 感谢每一位选手，是你们的努力造就了此次项目的开源。\n",
        [(5, "claim", "open-sources-the-release"), (6, "claim", "open-sources-the-release"), (7, "third-party", "in-a-credits-section"), (8, "third-party", "thanks")]
        + [(9, "claim", "something-unnamed-is-open")],
    ),
    (
        # the first words under the title, a noun phrase with no verb, say what the release is; a clause does not
        "# Acme-2\n\n![logo](logo.png)\n\nOpen-weights Dutch TTS based on the Foo architecture, ported to JAX for scalable training. It runs on a laptop.\n",
        [(5, "claim", "tagline")],
    ),
    (
        "# Acme-2\n\nOpen-source LLMs are changing the field. Acme-2 is one of them.\n",
        [(3, "third-party", "open-models-in-general")],
    ),
    (
        # set apart (underlined too), a plural noun phrase names the release's kind; a clause about open models does not
        "# Acme-2\n\n<u>Open-source Language Models specialized in evaluating other Language Models</u>\n",
        [(3, "claim", "tagline")],
    ),
    (
        "# Acme-2\n\n**Open-source models are the future.**\n",
        [(3, "third-party", "open-models-in-general")],
    ),
    (
        # a subtitle that is a noun phrase, "a family of …", right under the title
        "# Acme-2\n\nA family of open-sourced Mixture-of-Experts (MoE) Large Language Models\n\nA series of open-source models. They are good.\n",
        [(3, "claim", "tagline"), (5, "other", "no-subject")],
    ),
    (
        # a title that surpasses others compares; one that says what the release is claims
        "# Acme-2: Surpassing the state of the art in open-source function calling LLMs\n\nAcme-2 is fast.\n",
        [(1, "comparative", "compared-with-open-models")],
    ),
    (
        "# Acme-2: An Open-Source LLM for Function Calling\n\nAcme-2 is fast.\n",
        [(1, "claim", "title")],
    ),
    (
        # the repository's own project is the release, tool or model: a title that calls it an open tool claims
        "# Acme-2: an open-source inference engine\n",
        [(1, "claim", "title-calls-the-release-an-open-tool")],
    ),
    (
        "# Acme-2：开源的大模型推理框架\n",
        [(1, "claim", "title")],
    ),
    (
        # a title with no name of the release speaks of tools in general
        "# Awesome open-source inference engines\n\n# 开源推理框架合集\n",
        [(1, "third-party", "open-source-community-or-tools"), (3, "other", "no-subject")],
    ),
    (
        "# Acme-2\n\n| Model | Note |\n|---|---|\n| Llama-3-8B | the open-source model from Meta |\n| Acme-2-7B | our open-source model |\n| Acme-2-13B | 开源 |\n",
        [(5, "comparative", "table-row-of-another-model"), (6, "claim", "table-row-of-the-release"), (7, "claim", "table-row-of-the-release")],
    ),
    (
        "# Acme-2\n\nAcme-2 is an open-source LLM.\n\n## Acknowledgements\n\nOur inference server is the open-source SpeedServe.\n\n"
        "## 致谢\n\n我们使用了开源的推理框架。\n",
        [(3, "claim", "release-is-open"), (7, "third-party", "in-a-credits-section"), (11, "third-party", "in-a-credits-section")],
    ),
    (
        "# Acme-2\n\n## Models we compare\n\n- **Brambling**: open-source Chinese chat models.\n- MOSS：复旦大学开源的对话模型。\n"
        "- **Highlights**: an open-source model with long context.\n",
        [(5, "third-party", "said-of-an-unknown-name"), (6, "other", "no-subject"), (7, "claim", "something-unnamed-is-open")],
    ),
    (
        # a heading that says only that something is open heads a section on the release's openness;
        # one that names what is open (the community, the code) does not
        "# Acme-2\n\n## Open Source\n\n## 🧾 Open-source List\n\n## 开源清单\n\n## Open Source Community\n\n## 开源代码\n\n## Open Weights for Everyone\n",
        [
            (3, "claim", "heading-on-the-release-s-openness"),
            (5, "claim", "heading-on-the-release-s-openness"),
            (7, "claim", "heading-on-the-release-s-openness"),
            (9, "third-party", "open-source-community-or-tools"),
            (11, "other", "code-data-or-report-only"),
            (13, "claim", "heading-on-the-release-s-openness"),
        ],
    ),
    (
        # a tagline set apart at the top, a two-cell row of facts, a badge; a plain sentence at the top is read as usual
        "# Acme-2\n\n**Open-weight speech recognition that runs on a laptop**\n\n近年来，开源大模型发展迅速。\n\n| Key | Value |\n|---|---|\n"
        "| Release type | Open weights (community license) |\n| Open-source | ✅ |\n| 对比对象 | 均为开源模型 |\n\n"
        "[![Open-source](https://img.shields.io/badge/license-MIT-success)](#license)\n",
        [(3, "claim", "tagline"), (5, "other", "no-subject"), (9, "claim", "key-and-value-row"), (10, "claim", "key-and-value-row")]
        + [(11, "comparative", "comparison-table"), (13, "claim", "badge")],
    ),
    (
        # a heading inside a section of results names the models compared; the same heading elsewhere announces the release's
        "# Acme-2\n\n## Leaderboard\n\n### Open-source models\n\n## Models\n\n### Open-source models\n",
        [(5, "comparative", "heading-of-an-evaluation-section"), (9, "claim", "announces-open-models")],
    ),
]

# The top of a README: (what stands above a line, the line, its role, the rule that decides).
# Badges, a row of links to the README in other languages and an HTML title's tags are no text
# ahead of a tagline; the lines after "</h1>" are no part of the title; "open weights" in a list
# opens the weights; an item marked "*" is no line set apart in italics.
BADGES = (
    '<p align="center"><img src="assets/banner.png" width="600"/></p>\n\n'
    "[![License](https://img.shields.io/badge/license-MIT-blue)](LICENSE) [![Hub](https://img.shields.io/badge/Hub-model-yellow)](https://huggingface.co/acme)\n"
    "[![Paper](https://img.shields.io/badge/arXiv-2501.00001-red)](https://arxiv.org/abs/2501.00001) [![Demo](https://img.shields.io/badge/demo-online-green)](https://acme.example.org)\n"
    "[![Discord](https://img.shields.io/badge/chat-Discord-purple)](https://discord.gg/acme) [![X](https://img.shields.io/badge/follow-X-black)](https://x.com/acme)\n\n"
)
LANGUAGES = "[English](README.md) | [简体中文](README_zh.md) | [日本語](README_ja.md)\n\n"
HTML_TITLE = '<h1 align="center">Acme-2</h1>\n'
TAGLINE = "Open-source offline translation library written in Python"
TOP_OF_README = [
    (BADGES + "# Acme-2\n\n", TAGLINE, "claim", "tagline-calls-the-release-an-open-tool"),
    (LANGUAGES + "# Acme-2\n\n", TAGLINE, "claim", "tagline-calls-the-release-an-open-tool"),
    (HTML_TITLE, "This repository is for our team to extend the vocabulary of open-source large language models.", "third-party", "open-in-a-prepositional-phrase"),
    (HTML_TITLE, "<p><i>Open weights, open code, open data.</i></p>", "claim", "tagline"),
    ("# Acme-2\n\n", "* 🚀 开源pt，sft脚本，用户可根据需要进一步训练或微调模型", "other", "no-subject"),
]
DOCUMENTS += [(above + line + "\n", [(above.count("\n") + 1, role, rule)]) for above, line, role, rule in TOP_OF_README]


DOCUMENTS += [
    (
        # a heading that lists the license first is about the license, in both languages; an
        # emoji written as a shortcode is no word of the heading
        "# Acme-2\n\n## Open-source License, Model Limitations, Usage Restrictions and Disclaimer\n\n"
        "## 开源协议、模型局限、使用限制与免责声明\n\n## :spiral_notepad: Open-source List\n",
        [(3, "other", "license-heading"), (5, "other", "license-heading"), (7, "claim", "heading-on-the-release-s-openness")],
    ),
    (
        # a news item's date is no count of models; its verb's subject, the authors, is left out;
        # what 开源 opens is the model after "基于 X 的", not X
        "# Acme-2\n\n- 2023/03/26 Open-sourced the 7B base model Acme-2-7B and the chat model Acme-2-Chat\n"
        "- 2023/03/26 开源 7B 基础模型 Acme-2-7B 与对话模型 Acme-2-Chat\n- [2023.07.24] 开源基于 Baichuan-13B 的对话模型 Acme-2-Chat。\n",
        [(3, "claim", "announces-open-models"), (4, "claim", "open-sources-a-model"), (5, "claim", "open-sources-a-model")],
    ),
    (
        # a credit in the first of two predicates is not the second's; 给 names who it is opened to;
        # "QLoRA based" is "QLoRA-based", an adjective of the release's own phrase
        "# Acme-2\n\nAcme-2 is built on Llama-2 and is fully open-source.\n\nAcme-2 已开源给社区使用。\n\n"
        "Acme-2 uses Foo-3, and Foo-3 is open-source.\n\n也可以接入 Vexa、Pinebase 等开源向量数据库。\n",
        [(3, "claim", "release-is-open"), (5, "claim", "said-of-the-release"), (7, "third-party", "credit"), (9, "third-party", "works-with-open-models")],
    ),
    ("# Acme-2\n\nThe first QLoRA based 33B fully open-source Chinese LLM\n", [(3, "claim", "intensified-feature")]),
    (
        # an apposition describes the name before an aside in parentheses, whatever the aside says
        "# Acme-2\n\nWe present Acme-2 (Adaptive Computation through IMplicit rEwards), an open-source solution for online RL.\n\n"
        "We compare with Foo-3 (Smith and Jones), an open-source baseline.\n",
        [(3, "claim", "said-of-the-release"), (5, "third-party", "said-of-another-project")],
    ),
    (
        # what is opened is the whole list, a model among it; a clause after "and the" is another's
        # predicate; "built as" is what it is made to be, no credit
        "# Acme-2\n\nWe release our code and models as open source.\n\nOur code is open source and the models are not.\n\n"
        "* Built as a **reliable open-source option** for everyone.\n",
        [(3, "claim", "release-is-open"), (5, "other", "code-data-or-report-only"), (7, "claim", "something-unnamed-is-open")],
    ),
    (
        # in acknowledgements, the release said to be open in a clause of its own is a claim; a
        # citation of its paper's title there is not, nor what it is built on
        "# Acme-2\n\n## Acknowledgements\n\nAcme-2 and its related assets are built and open-sourced with love.\n\n"
        "Rao and Mbeki. Acme-2: A Fully Open Small Language Model. 2024.\n\nThis repository is built on Foo-3, which is open-source.\n",
        [(5, "claim", "release-is-open"), (7, "third-party", "in-a-credits-section"), (9, "third-party", "in-a-credits-section")],
    ),
    (
        # what the release improves is others' models, however good; the noun a term qualifies ends
        # where a verb's object begins; the best open model, named by no one and compared, is no one's
        "# Acme-2\n\nAcme-2 enhances the top open-weight large language models with tool calling.\n\n"
        "- We release it as-is to help the open-source community use the model.\n\n"
        "## Results\n\nThe best open-weight model now trails the best proprietary API by 3.1 points.\n",
        [(3, "third-party", "open-models-it-acts-on"), (5, "third-party", "open-source-community-or-tools"), (9, "comparative", "ranked-among-open-models")],
    ),
    (
        # "we will make X open-source" is one promise, however long the sentence after it
        "# Acme-2\n\nWe will make all codes of Acme-2 open-source and hope that the method helps future research on MLLM.\n\n"
        "We make the weights of Acme-2 open-source today.\n",
        [(3, "other", "plan"), (5, "claim", "said-of-the-release")],
    ),
    (
        # open models that "主要有 X、Y" are examples; a participle after the noun starts a phrase
        # of its own: the fully open models are what is developed, not the data they use
        "# Acme-2\n\n现阶段，已开源的古文预训练模型主要有 SikuBERT、GuwenBERT 等。\n\n"
        "Acme-2 aims to develop fully open speech models using publicly available data.\n",
        [(3, "third-party", "open-models-given-as-examples"), (5, "claim", "said-of-the-release")],
    ),
    (
        # a size before a name is no name: what the term qualifies is the model named after it
        "# Acme-2\n\nAcme-2 is trained on the open-source 33B Llama model.\n\nAcme-2 的训练起点是开源的[33B guanaco](https://hf.co/x/guanaco-33b)。\n",
        [(3, "third-party", "open-attribute-of-another-project"), (5, "third-party", "open-is-another-project")],
    ),
]


DOCUMENTS += [
    (
        # Chinese: a locative phrase inside the object ("在 X 上训练得到的") qualifies what is opened;
        # a count ("a large number of") opens what it counts, and "-2 has" is no determiner
        "# Acme-2\n\n我们只开源了在 Foo-13B 上训练得到的 LoRA 权重。\n\nAcme-2 开源了大量在工业数据上预训练模型。\n\n"
        "Acme-2 has open-sourced a large number of speech checkpoints trained on call-centre audio.\n",
        [(3, "claim", "said-of-the-release"), (5, "claim", "said-of-the-release"), (7, "claim", "said-of-the-release")],
    ),
    (
        # a lower-case compound says what kind a thing is ("decoder-only"), it names nothing; the
        # agent of a passive (由 X 训练) is not the subject
        "# Acme-2\n\nAcme-2 是一个开源的 decoder-only 架构的语言模型。\n\n- Acme，此模型由 ZorbAI 训练，开源和评测。\n",
        [(3, "claim", "release-is-open"), (5, "claim", "said-of-the-release")],
    ),
    (
        # "the X project" is the release when X is; two adjectives share the noun they qualify
        "# Acme-2\n\nThe Acme-2 project is an open source project supported by partner companies.\n\n"
        "The vLLM project is open source.\n\nWith this release we hope to bring new chances to German open-source and commercial LLM research.\n",
        [(3, "claim", "release-is-open"), (5, "third-party", "said-of-another-project"), (7, "other", "sentiment")],
    ),
    (
        # the largest open corpus the authors release is data; a rank "in open source" is a ranking,
        # but the strongest model "in open source" is the strongest open-source model, a claim; a
        # compression scheme (方案) of the release is code
        "# Acme-2\n\nWe are releasing the largest open-source corpus of annotated screenshots we know of.\n\n"
        "The Acme-2 model ranked first in open source on the MTEB list.\n\nAcme-2 is the strongest 7B model in open source today.\n\n"
        "- 【2021.7.15】Acme-2 模型压缩方案开源。\n",
        [
            (3, "other", "code-data-or-report-only"),
            (5, "comparative", "ranked-among-open-models-by-a-label"),
            (7, "claim", "said-of-the-release"),
            (9, "other", "code-data-or-report-only"),
        ],
    ),
]


def test_a_license_named_open_a_pointer_to_another_repository_and_derivatives():
    """Terms named 开源 that the models must follow are the model's license; a list item that is
    only a link to another repository points at that project (a link to the release's own stays
    the release's); what others derive from the model, kept open, is a condition on them."""
    text = (
        "# Acme-2\n\n使用上述模型需遵守[AIGC模型开源特别条款](https://terms.example.com/aigc.html)。\n\n"
        "## Demo\n\n- [开源版的某某助手](https://github.com/zorb/zorb-chat)\n\n- [Acme-2 开源权重](https://huggingface.co/acme/acme-2-7b)\n\n"
        "## 许可\n\n- 开源基于上述模型的衍生模型、融合模型及产品。\n\n- 确保衍生作品保持开源。\n\nDerivative works must remain open source.\n"
    )
    assert read_as(text, "acme-2") == [
        (3, "claim", "license-of-the-model"),
        (7, "third-party", "a-link-to-another-repository"),
        (9, "claim", "the-release-s-open-model"),
        (13, "other", "others-are-asked-to-open"),
        (15, "other", "others-are-asked-to-open"),
        (17, "other", "others-are-asked-to-open"),
    ]


def test_what_an_open_list_includes_and_a_part_of_a_named_benchmark():
    """"Our open-source contributions include A, B, and the X models" opens each member, the
    models among them; an appositive's "including" adds nothing to a corpus; "X Benchmark 中的
    评测数据集" is not the release (a name introduced as a benchmark is not the release's)."""
    text = (
        "# Acme-2\n\nOur open-source contributions include a benchmark of tricky prompts, a training library, and the Acme-2 models.\n\n"
        "We also open-source ZorbBank, the pretraining corpus, including the synthetic series.\n\n"
        "**[2023/10/19]** 我们开源了 Acme-Eval Benchmark 中的评测数据集。\n"
    )
    assert read_as(text, "acme-2") == [
        (3, "claim", "our-open-release"),
        (5, "third-party", "opens-another-project"),
        (7, "third-party", "opens-another-project"),
    ]


DOCUMENTS += [
    (
        # a list with commas still joins the release to what follows it; a plural apposition
        # without an article after the release's names describes them; 是由 X 开源的 says who
        # opened the subject, and X is not the subject; a counted noun inside the relative clause
        # after 是 is what the subject acts on
        "# Acme-2\n\n- 🎉 2024/07/22: Acme-2 weights, training code and ERA5 preprocessing scripts are now open source.\n\n"
        "We introduce Acme-2-7B and Acme-2-72B, open-source math reasoning models that solve competition problems.\n\n"
        "In contrast, open-source models answer poorly.\n\n"
        "Acme-2 是由甲乙科技开源的代码大模型系列。\n\n"
        "Acme-2 是评测了 20 个开源模型的基准。\n",
        [
            (3, "claim", "release-is-open"),
            (5, "claim", "release-is-open"),
            (7, "third-party", "open-models-in-general"),
            (9, "claim", "said-of-the-release"),
            (11, "third-party", "a-number-of-open-models"),
        ],
    ),
]


def test_what_a_chinese_subject_is_after_its_copula_is_not_what_it_acts_on():
    """"X 是由 X 科技开源的…模型" names who opened X; "X 是…支持…识别的开源语音大模型" says what X is:
    neither is an open model X acts on, though a verb stands between."""
    text = "# 甲匠-Coder\n\n甲匠-Coder 是由甲匠科技开源的代码大模型系列。\n\n甲匠-Coder 是业界首个同时支持 23 种中国方言识别的开源语音大模型。\n"
    assert read_as(text, "jiajiang-coder") == [
        (3, "claim", "said-of-the-release"),
        (5, "claim", "said-of-the-release"),
    ]


DOCUMENTS += [
    (
        # "are open-sourcing" is a verb in progress, with an object, not a copula and a predicate:
        # what it opens decides
        "# Acme-2\n\nWe are open-sourcing Acme-2 today.\n\nAcme-2 is open-sourcing its weights.\n\n"
        "We are also open-sourcing ZorbWrite, the pipeline that builds our long-answer data, in `tools/zorbwrite/`.\n",
        [(3, "claim", "open-sources-the-release"), (5, "claim", "said-of-the-release"), (7, "third-party", "opens-another-project")],
    ),
]


def test_a_name_introduced_as_data_is_the_release_only_in_a_release_of_data():
    """A model's README introduces its benchmark too ("Loom-Bench is a … benchmark"): that name is
    not the release's. A README whose title says it releases data introduces its dataset as the
    release ("汇流（HuiLiu）是一个…数据集")."""
    text = (
        "# Loom-Vision\n\nLoom-Bench is a 3,200-question benchmark of interleaved documents. It is open-sourced under CC-BY-4.0.\n\n"
        "* `2025-05-19` We open-source the Loom-Mix pretraining corpus (5.1T tokens) and its data-processing pipeline.\n"
    )
    names = release_names(None, None, [TextFile("README.md", text)], "loom-vision")
    assert [n.text for n in names.names] == ["Loom-Vision"]
    assert [(m.line, m.role, m.rule) for m in analyse("README.md", text, 1, names)] == [(3, "other", "no-subject"), (5, "third-party", "opens-another-project")]
    data = "# 汇流指令数据集 HuiLiu-Instruct\n\n汇流（HuiLiu）是一个高质量中文指令微调数据集。\n\n- **2024.06.18** 汇流 v1.0 正式开源。\n"
    names = release_names(None, None, [TextFile("README.md", data)], "HuiLiu-Instruct")
    assert ("汇流", "introduced in README.md") in [(n.text, n.source) for n in names.names]
    assert [(m.line, m.role, m.rule) for m in analyse("README.md", data, 1, names)] == [(5, "claim", "said-of-the-release")]


DOCUMENTS += [
    (
        # "X is a … model open-sourced by Y" (the predicate noun right after the copula) says who
        # made and opened X, but not a model X comes from; a Chinese list of the parts, the model
        # weights among them, is the subject of its own clause, whatever an earlier clause named
        "# Acme-2\n\nAcme-2 is a bilingual assistant model open-sourced by Zorb Group.\n\n"
        "Acme-2 is fine-tuned from a model open-sourced by Meta.\n\n评测结果由 ZorbBoard 汇总，推理脚本、模型权重与评测记录全部开源。\n",
        [(3, "claim", "made-and-opened-by-its-authors"), (5, "third-party", "what-the-release-is-made-from"), (7, "claim", "said-of-the-release")],
    ),
]


def test_a_pronoun_stands_for_the_subject_that_opened_the_sentence_before():
    """"It" after "X is a series of code models from Y, …" is X, not the last name Y; after "We
    fine-tune Llama into X" it is what they made; after "Llama is another model" it is Llama."""
    text = (
        "# Zorb-Coder-2\n\nZorb-Coder-2 is a series of code models from DeepQuill, trained from scratch on 6T tokens (80% code). "
        "It is the first open-source code model with a native 1M-token context window.\n\n"
        "Zorb-Coder-2 is our model. Llama is another model. It is open source.\n\nWe fine-tune Llama into Zorb-Coder-2. It is open source.\n"
    )
    assert read_as(text, "zorb-coder-2") == [
        (3, "claim", "the-best-of-its-size-is-ours"),
        (5, "other", "no-subject"),
        (7, "claim", "release-is-open"),
    ]


DOCUMENTS += [
    (
        # a README that welcomes its reader to an open model welcomes them to what it holds; the
        # community it welcomes them to is not the release
        "# Acme-2\n\nWelcome to an open-source reimplementation of the [Zorb-Vision](https://example.org/zorb-vision) image encoder.\n\n"
        "Welcome to the open-source community!\n",
        [(3, "claim", "welcome-to-the-release"), (5, "third-party", "open-source-community-or-tools")],
    ),
]


def test_participles_of_the_release_my_models_and_a_port_s_base():
    """A verbless sentence opened by the release's name says each of its participles of it; "fine-
    tuned from X and open-sourced by Y" is made and opened by the authors; "my open source models"
    are the author's; a port (-TF2, -pytorch) has the model it ports for its base."""
    text = (
        "# Kohaku XL Delta\n\nKohaku XL Delta, the third release of our Kohaku XL line, tuned on two million photographs, "
        "trained with LyCORIS on a single workstation, and fully open-sourced.\n\n"
        "This model is fine-tuned from [Ann Lee](https://example.org/ann) and open-sourced by [Zorb Onsite](https://example.org/zorb).\n\n"
        "My open source models are free to use; a small donation keeps them coming.\n"
    )
    assert read_as(text, "kohaku-xl-delta") == [
        (3, "claim", "said-of-the-release"),
        (5, "claim", "made-and-opened-by-its-authors"),
        (7, "claim", "our-open-release"),
    ]
    port = "# CPM-LM-TF2\n\n[清源CPM](https://github.com/zorb/CPM-Generate) 是北京某研究院和某大学合作开源的中文预训练语言模型，CPM-LM是其中26亿参数的语言模型。\n"
    assert read_as(port, "cpm-lm-tf2") == [(3, "other", "no-subject")]


def test_a_list_item_that_links_another_repository_and_describes_it():
    """"- [X](…/X)：开源的…模型系列" in a lab's README describes the project the link points to, which
    lives in another repository; model outputs (模型原始输出) are data, not a model."""
    text = (
        "# 甲乙实验室 JiaYi Lab\n\n## 我们的项目\n\n- [甲乙-LM](https://github.com/jiayi-lab/JiaYi-LM)：开源的中英双语大语言模型系列。\n"
        "- [JiaYi-7B](https://huggingface.co/jiayi-lab/JiaYi-7B)：我们开源的 7B 模型。\n\n"
        "我们开源了复现报告中所有表格所需的评测代码、提示词模板与模型原始输出。\n"
    )
    assert read_as(text, "JiaYiLab") == [
        (5, "third-party", "a-link-to-another-repository"),
        (6, "third-party", "a-link-to-another-repository"),
        (8, "other", "code-data-or-report-only"),
    ]


def test_who_trained_the_release_is_not_its_subject():
    """"X model trained by A and B with open weights": A and B trained it, X is what has open
    weights; after a verb, "Llama 2, trained by Meta with open weights" is Llama's."""
    text = (
        "# Zorbtune (22h) Diffusion\n\n### Zorbtune (22h) Diffusion model trained by [Ann](https://example.org/ann) and "
        "[boZhao](https://example.org/bo) with open weights and every training prompt\n\n"
        "Zorbtune builds on Llama 2, trained by Meta with open weights.\n"
    )
    names = release_names(None, None, [TextFile("README.md", text)], "zorbtune (22h) diffusion")
    found = analyse("README.md", text, 1, names)
    assert [(m.line, m.kind, m.role, m.rule) for m in found] == [
        (3, "open-weights", "claim", "said-of-the-release"),
        (5, "open-weights", "third-party", "said-of-another-project"),
    ]


def test_users_asked_to_open_a_gap_an_aside_the_community_and_an_item_s_topic():
    """我们希望您…将其开源 asks users (but 请开发者遵守开源协议 asks them to follow a license); 与 X
    仅差 compares; ", built on Y," is an aside, no credit; the community's own work on the release
    is theirs; the name that opens a dated item is the topic of its clauses."""
    text = (
        "# 澄湖-VL\n\n若您基于澄湖-VL 继续训练并对外发布衍生模型，我们希望您同样将其开源并注明出处。\n\n恳请开发者和大家遵守开源协议。\n\n"
        "在 HumanEval 上，澄湖-VL-7B 与最好的开源 7B 代码模型仅差 1.3 分。\n\n"
        "- [2024.12.20] 澄湖-VL-7B, built on Qwen2.5-7B-Instruct, is released with open weights.\n\n"
        "- [2024.10.02] 感谢社区开发者 @lumin 制作并开源了 澄湖-VL-7B 的 GGUF 量化版本。\n\n"
        "- [2024.10.02] Community developer @lumin has open-sourced GGUF quantizations of 澄湖-VL-7B for llama.cpp.\n\n"
        "- [2024/11/02] 澄湖-VL-7B 在 HumanEval 上达到 78.1，open-weight 版本已同步上线 Hugging Face。\n\n"
        "- [2024.06.18] 基于 ChatGLM3-6B 的 LoRA 版本开源。\n"
    )
    assert read_as(text, "chenghu-vl") == [
        (3, "other", "others-are-asked-to-open"),
        (5, "other", "no-subject"),
        (7, "comparative", "compared-with-open-models"),
        (9, "claim", "released-in-open-form"),
        (11, "third-party", "opened-by-the-community"),
        (13, "third-party", "opened-by-the-community"),
        (15, "claim", "announces-open-models"),
        (17, "claim", "a-version-built-on-something-is-opened"),
    ]


def test_a_base_in_an_aside_research_only_a_package_members_a_format_and_an_adapter():
    """"Llama 2 13B, an open-weight model" describes Llama (sizes after a name are not the name);
    "open-sourced for academic research only" is restricted; "espeak-ng, which is open source" is
    a package's; "the weights of … together with the code" opens the weights too; "the ONNX model"
    is the release in a format; an adapter is a model."""
    text = (
        "# Halcyon-Med-13B\n\nHalcyon-Med-13B is continually pre-trained from Llama 2 13B, an open-weight foundation model, on 22B tokens of clinical text.\n\n"
        "Halcyon-Med-13B is open-sourced for academic research only; commercial use requires a separate agreement.\n\n"
        "The text frontend is adapted from espeak-ng, which is open source under GPL-3.0.\n\n"
        "We open-source the weights of all three Halcyon-Med models together with the training code and the mining scripts.\n\n"
        "An ONNX export is provided for CPU inference; the ONNX model is open-sourced under the same license.\n\n"
        "- **2024-11-02**: Open-sourced the v0.2 adapter together with its training config.\n"
    )
    assert read_as(text, "halcyon-med-13b") == [
        (3, "third-party", "said-of-another-project"),
        (5, "other", "research-only"),
        (7, "third-party", "relative-clause-of-another-project"),
        (9, "claim", "said-of-the-release"),
        (11, "claim", "release-is-open"),
        (13, "claim", "open-sources-a-model"),
    ]


def test_the_models_above_a_long_relative_clause_a_format_list_and_opening_while_acting():
    """以上…模型 are the models listed above (but 以上对比模型 are the ones compared); a long relative
    clause after 是 qualifies the predicate noun; "X 的 ONNX 与 INT8 量化权重" is the release in two
    formats; 在开源模型权重的同时，我们… opens them, by the authors."""
    text = (
        "# 甲乙 Jiayi\n\n以上 1.8B、7B、14B 模型的基础版与对话版均已开源，Int4/Int8 量化版本见各模型页面。\n\n以上对比模型均为开源模型，评测设置与官方保持一致。\n\n"
        "甲乙（Jiayi）是由甲乙医疗 AI 团队基于 Qwen2.5-14B 进行继续预训练与指令微调的开源医疗大模型。\n\n"
        "- 2024.09.10：甲乙-large 的 ONNX 与 INT8 量化权重同步开源，CPU 推理速度提升 3 倍。\n\n在开源模型权重的同时，我们也公开了题目合成管线的训练代码。\n"
    )
    assert read_as(text, "jiayi") == [
        (3, "claim", "said-of-the-release"),
        (5, "comparative", "what-is-compared-is-open"),
        (7, "claim", "the-release-built-on-something-is-open"),
        (9, "claim", "said-of-the-release"),
        (11, "claim", "opened-while-the-authors-act"),
    ]


def test_an_earlier_version_a_row_answered_no_research_only_and_manner():
    """"Kestrel-1, our first open-weight model" describes the earlier version (the release named
    last before the comma is still the release); code and the release's weights under one license
    are the model's; "| Open source | No |" answers no, "| 是否开源 | 是 |" answers yes; 仅对高校与
    科研机构开源 is restricted; 同量级开源 SOTA ranks; 以开放权重释出 is how the release is published."""
    text = (
        "# Kestrel-2\n\n- **[2024.03.07]** Kestrel-1, our first open-weight model, is deprecated; see the [Kestrel-1 repository](https://github.com/pellucid-ai/Kestrel-1).\n\n"
        "Today we introduce **Kestrel-2**, the strongest open-source model for robot control we have built.\n\n"
        "The code in this repository and the Kestrel-2 weights are released under the Apache 2.0 open-source license.\n\n"
        "| Fact | Value |\n|---|---|\n| Open source | No |\n\n| Fact | Value |\n|---|---|\n| 是否开源 | 是 |\n\n"
        "- **2024/05/20** 发布 Kestrel-2-Chat，模型权重仅对高校与科研机构开源，需填写申请表。\n\n"
        "Kestrel-2 在 MMBench-CN 上取得同量级开源 SOTA。\n\n**以开放权重释出的繁体中文语言模型**\n"
    )
    assert read_as(text, "kestrel-2") == [
        (3, "third-party", "apposition-of-another-project"),
        (5, "claim", "the-best-open-model-is-ours"),
        (7, "claim", "license-of-the-model"),
        (11, "comparative", "comparison-table"),
        (15, "claim", "key-and-value-row"),
        (17, "other", "research-only"),
        (19, "comparative", "compared-with-open-models"),
        (21, "claim", "open-weights-without-a-subject"),
    ]


def test_a_format_word_set_as_a_link_is_still_the_release_in_that_format():
    """"An [ONNX](…) export …; the ONNX model is open-sourced" and "X 的 [ONNX](…) 与 INT8 量化权重"
    are the release in a format, linked or not; Taiwanese 程式碼 is code."""
    text = (
        "# Nightjar-ASR\n\nAn [ONNX](https://example.org/onnx) export is provided for CPU inference; the ONNX model is open-sourced under the same license.\n\n"
        "- 2024.09.10：Nightjar-ASR 的 [ONNX](https://example.org/onnx) 与 INT8 量化权重同步开源。\n\n"
        "Nightjar-ASR 的模型權重依 Zorb Community License 釋出，本倉庫程式碼則以 Apache-2.0 開源。\n"
    )
    assert read_as(text, "nightjar-asr") == [
        (3, "claim", "release-is-open"),
        (5, "claim", "said-of-the-release"),
        (7, "other", "code-under-an-open-license"),
    ]


def test_all_of_our_parts_opens_each_part():
    """"all of our code, models, datastore, data" opens the models among them; "some of the data"
    opens data only."""
    text = "# OpenScholar\n\nWe open-source all of our checkpoints, scripts, indexes and a small web demo.\n\nWe open-source some of the data.\n"
    assert read_as(text, "openscholar") == [
        (3, "claim", "said-of-the-release"),
        (5, "other", "code-data-or-report-only"),
    ]


def test_a_name_only_counted_as_the_most_used_does_not_make_a_credit_a_claim():
    """A copula clause of the release in acknowledgements is a claim only when the name is the
    release's by a declaration, title or folder: a framework a README names on many lines is not."""
    lines = "".join(f"- ZorbNet 训练脚本 {i}\n" for i in range(1, 7))
    text = "# Acme-2\n\n" + lines + "\n## 致谢\n\n感谢 ZorbNet 团队的支持，ZorbNet 是某公司开源的全场景 AI 计算框架。\n\nMindSpore 是华为开源的 AI 计算框架。\n"
    names = release_names(None, None, [TextFile("README.md", text)], "acme-2")
    assert ("ZorbNet", "the name its READMEs use most") in [(n.text, n.source) for n in names.names]
    assert [(m.line, m.role, m.rule) for m in analyse("README.md", text, 1, names)] == [
        (12, "third-party", "in-a-credits-section"),
        (14, "third-party", "in-a-credits-section"),
    ]


def test_a_benchmark_the_readme_names_most_is_not_the_release():
    rows = "".join(f"- HaluBench split {i} holds {i}00 samples.\n" for i in range(1, 7))
    text = "# Lynx\n\nLynx-8B detects hallucinations.\n\n" + rows + "\nHaluBench is open-sourced on Hugging Face.\n"
    names = release_names(None, None, [TextFile("README.md", text)], "lynx")
    assert "HaluBench" not in [n.text for n in names.names]
    assert [(m.line, m.role, m.rule) for m in analyse("README.md", text, 1, names)] == [(12, "third-party", "said-of-another-project")]


def test_a_quantization_named_by_its_format_has_the_model_it_quantizes_for_base():
    """With no base model declared, a name that ends with a format or a precision ("-GPTQ",
    "-GGUF", "-4bit") is a packer's: the model without it is another's."""
    text = "# Acme-40B-Instruct GPTQ\n\nThis repo holds a GPTQ model for Acme-40B-Instruct.\n\n* **Acme-40B is the best open-source model available.**\n"
    names = release_names(None, None, [TextFile("README.md", text)], "acme-40b-instruct-GPTQ")
    assert "acme-40b-instruct" in names.bases
    assert [(m.line, m.role) for m in analyse("README.md", text, 1, names)] == [(5, "third-party")]
    plain = release_names(None, None, [TextFile("README.md", text)], "acme-40b-instruct")
    assert plain.bases == frozenset()


def test_a_version_of_the_release_s_family_linked_to_another_repository_lives_there():
    """In the README of a release named by its family alone, a version of the family linked to
    another repository is a successor that lives there; in that repository's README it is the release."""
    text = (
        "# Acme\n\n- [2024/05] Check out our new work [Acme 2](https://github.com/acme-lab/acme-eval), an open-source evaluator.\n"
        "- Acme 2 is fully open-source.\n- Acme is an open-source evaluator.\n- Acme-7B is open-source.\n"
    )
    names = release_names(None, None, [TextFile("README.md", text)], "acme")
    assert names.elsewhere == frozenset({("acme", "2")})
    assert [(m.line, m.role) for m in analyse("README.md", text, 1, names)] == [(3, "third-party"), (4, "third-party"), (5, "claim"), (6, "claim")]
    home = release_names(None, None, [TextFile("README.md", text)], "acme-eval")
    assert home.elsewhere == frozenset()
    assert [m.role for m in analyse("README.md", text, 1, home)] == ["claim"] * 4


@pytest.mark.parametrize("text, expected", DOCUMENTS)
def test_the_structure_of_a_document_decides(text, expected):
    assert [(m.line, m.role, m.rule) for m in analyse("README.md", text, 1, NAMES)] == expected


@pytest.mark.parametrize(
    "readme",
    [
        "# Towards Efficient Clinical Language Models\n\nThis repository contains MedKite, a 7B model for clinical notes.\n\nMedKite is open-sourced under Apache-2.0.\n",
        "# Towards Efficient Clinical Language Models\n\nOfficial code for our paper. We train MedKite, a clinical model.\n\nMedKite is open-sourced under Apache-2.0.\n",
        "# Towards Efficient Clinical Language Models\n\nModel name: MedKite\n\nMedKite is open-sourced under Apache-2.0.\n",
        "# 面向临床文本的高效语言模型\n\n本仓库包含 MedKite，一个用于临床文本的 7B 模型。\n\nMedKite 已在 Hugging Face 开源。\n",
    ],
)
def test_when_nothing_stronger_names_the_release_the_first_model_introduced_is_it(readme):
    from openlint.claims.names import release_names
    from openlint.inputs.sources import TextFile

    names = release_names(None, None, [TextFile("README.md", readme)], "clinical-research")
    [mention] = analyse("README.md", readme, 1, names)
    assert (mention.line, mention.role, mention.subject) == (5, "claim", "MedKite (introduced in README.md)")


def test_a_known_family_introduced_first_is_not_taken_for_the_release():
    from openlint.claims.names import release_names
    from openlint.inputs.sources import TextFile

    readme = "# Towards Efficient Clinical Language Models\n\nLlama-3-8B is an open-source model from Meta. We tune it on clinical notes.\n"
    names = release_names(None, None, [TextFile("README.md", readme)], "clinical-research")
    assert [n.text for n in names.names] == ["clinical-research"]
    assert [m.role for m in analyse("README.md", readme, 1, names)] == ["third-party"]


def test_a_fine_tune_readme_introduces_its_parent_line_without_making_it_the_release():
    from openlint.claims.names import release_names
    from openlint.inputs.sources import TextFile

    readme = "# Acme-2.5-Medical-7B\n\nAcme-2.5 is a series of open-source LLMs.\n\nAcme-2.5-Medical-7B is open-sourced under Apache-2.0.\n"
    names = release_names(None, None, [TextFile("README.md", readme)], "acme-medical")
    found = analyse("README.md", readme, 1, names)
    assert [(m.line, m.role) for m in found] == [(3, "third-party"), (5, "claim")]


def test_a_chinese_title_that_says_what_the_release_is_names_it_by_its_versioned_start():
    text = TextFile("README.md", "# 嘉禾农业大模型\n\n嘉禾农业大模型由北川农业大学研发。\n\n- 2024年6月1日：嘉禾-13B 与嘉禾-13B-Chat 正式开源。\n")
    names = release_names(None, None, [text], "jiahe-agri")
    assert [(n.text, n.source) for n in names.names][:2] == [("嘉禾农业大模型", "the title of README.md"), ("嘉禾", "the title of README.md")]
    assert [m.role for m in analyse("README.md", text.text, 1, names)] == ["claim"]
    intro = TextFile("README.md", "# 鉴真向量模型\n\n鉴真（Jianzhen）是一个通用中英双语文本向量模型系列。\n")
    assert [n.text for n in release_names(None, None, [intro], "Jianzhen-Embedding").names] == ["鉴真向量模型", "Jianzhen-Embedding", "鉴真"]


@pytest.mark.parametrize(
    "title, sentence",
    [
        ("千流", "- 2024.08.02 🔥 千流-14B 和千流-14B-Chat 正式开源！"),
        ("知微 OCR", "知微（Zhiwei）是一个开源的端到端文档 OCR 模型。"),
        ("知微 OCR", "- 2025.03.01 🎉 知微-OCR-1B 正式开源。"),
        ("观澜-VL", "- **2024.08.20** 观澜-VL-2B 与观澜-VL-8B 正式开源，可在 Hugging Face 下载。"),
    ],
)
def test_a_release_named_in_chinese_is_the_release_with_its_sizes(title, sentence):
    names = Names([Name(title, "the title of README.md"), Name("qianliu-llm", "the repository's folder name")])
    assert [m.role for m in analyse("README.md", sentence + "\n", 1, names)] == ["claim"]


def test_the_model_named_after_a_previous_generation_is_another_project():
    # the release is the family Acme, so Acme-1 would be one of its versions, but the README
    # calls it the previous generation
    family = Names([Name("Acme", "the title of README.md")])
    text = "- **2024.07.05** 上一代模型 [Acme-1](https://example.org/acme-1) 已全面开源。\n"
    assert [m.role for m in analyse("README.md", text, 1, family)] == ["third-party"]
    assert [m.role for m in analyse("README.md", "- **2024.07.05** [Acme-1](https://example.org/acme-1) 已全面开源。\n", 1, family)] == ["claim"]


def test_the_base_model_is_another_project_when_the_card_names_one():
    # in a fine-tune's card "the base model" is the model it comes from; in a foundation model's
    # README, its base variant is the release
    bases = Names([Name("Acme-2-Chat", "the card's model_name")], bases=frozenset({"foo-7b", "foo"}))
    text = "The base model is open source.\n"
    assert [m.role for m in analyse("README.md", text, 1, bases)] == ["third-party"]
    assert [m.role for m in analyse("README.md", text, 1, NAMES)] == ["claim"]


def test_the_base_model_of_a_derivative_is_another_project():
    names = Names([Name("Acme-2-Med", "the title of README.md")], bases=frozenset({"acme-base", "acme"}))
    found = analyse("README.md", "Acme is an open-source model family.\nAcme-2-Med is open source.\n", 1, names)
    assert [(m.line, m.role, m.subject) for m in found] == [(1, "third-party", "Acme"), (2, "claim", "Acme-2-Med (the title of README.md)")]


def test_our_name_linked_to_another_repository_is_still_another_project():
    names = Names([Name("Acme-2", "the title of README.md")], frozenset({"acme-3", "saltmarsh"}))
    found = analyse("README.md", "Our newer [Acme-3](https://github.com/acme/Acme-3) family has been open-sourced.\n", 1, names)
    assert [(m.role, m.subject) for m in found] == [("third-party", "Acme-3")]
    found = analyse("README.md", "Acme-2 extends [Saltmarsh](https://github.com/s/Saltmarsh), our open-source image generator, to video.\n", 1, names)
    assert [(m.role, m.rule) for m in found] == [("third-party", "apposition-of-another-project")]
    # the release's own, described so, stays a claim
    found = analyse("README.md", "We release Acme-2, our open-source image generator.\n", 1, names)
    assert [m.role for m in found] == ["claim"]


def test_the_release_s_own_release_of_a_known_base_is_ours():
    """An official quantization names its base ("…of Quillon-32B, our open-source reasoning model"):
    "our" makes the base the authors' own release, which is not linked elsewhere."""
    names = Names([Name("Quillon-32B-GPTQ-Int4", "the repository's folder name")], bases=frozenset({"quillon-32b", "quillon"}))
    found = analyse("README.md", "This is the official GPTQ quantization of Quillon-32B, our open-source reasoning model.\n", 1, names)
    assert [m.role for m in found] == ["claim"]


def test_it_refers_to_the_sentence_s_subject_but_never_to_we():
    names = Names([Name("Acme-2-8B-SQL", "the repository's folder name")], bases=frozenset({"llama-3.1-8b", "llama"}))
    found = analyse("README.md", "We picked the base model because it is the most widely deployed open-weight 8B model.\n", 1, names)
    assert [m.role for m in found] == ["third-party"]


def test_weights_open_for_application_is_no_mention():
    """开放申请 opens an application, not the weights: "模型权重开放申请使用" names no openness."""
    assert analyse("README.md", "Acme-2 的模型权重开放申请使用：个人开发者可在官网填写申请表。\n", 1, NAMES) == []
    assert roles("Acme-2 的模型权重已开放下载。") == ["claim"]


def test_a_table_row_speaks_of_what_its_first_cell_names():
    """The release's weights in the first cell make a claim, a part that is not the model does
    not, and a row that names the release first is the release's even if another model follows."""
    text = (
        "# Acme-2\n\n| 组件 | 状态 | 协议 |\n|---|---|---|\n| 模型权重（Base / Instruct） | ✅ 已开源 | Apache-2.0 |\n"
        "| 预训练数据 Acme-Pile | ✅ 已开源 | ODC-BY |\n\n| 模型 | 参数 | 基座 | 状态 |\n|---|---|---|---|\n| Acme-2-2B | 2.2B | Qwen2.5-1.5B | ✅ 开源 |\n"
    )
    found = analyse("README.md", text, 1, NAMES)
    assert [(m.line, m.role, m.rule) for m in found] == [
        (5, "claim", "table-row-of-the-weights"),
        (6, "other", "table-row-of-a-part"),
        (10, "claim", "table-row-of-the-release"),
    ]


def test_a_chinese_title_that_says_what_the_release_is_names_it():
    from openlint.claims.names import name_in_title

    assert name_in_title("若水-Tiny 端侧小模型") == "若水-Tiny"
    assert name_in_title("HengQi 衡器") == "HengQi 衡器"


def test_a_chinese_name_linked_to_its_own_repository_is_another_project():
    """"[Acme-1](…/Acme-1)" written in Chinese ("[墨羽-1](…/MoYu-1)") is a project elsewhere, and
    该项目 after it refers to it."""
    from openlint.claims.names import release_names

    text = "# 墨羽-2\n\n- 2025-09-10：上一代模型[墨羽-1](https://github.com/acme/MoYu-1)已停止维护，该项目此前已开源。\n- 2024.12.01 [墨羽-1](https://github.com/acme/MoYu-1) 已开源，欢迎试用。\n"
    names = release_names(None, None, [TextFile("README.md", text)], "MoYu-2")
    assert "墨羽-1" in names.foreign
    assert [(m.line, m.role) for m in analyse("README.md", text, 1, names)] == [(3, "third-party"), (4, "third-party")]


def test_a_size_in_numbers_belongs_to_the_line_a_size_word_names():
    names = Names([Name("pip-small", "the repository's folder name")])
    assert [n[3] for n in names.find("Pip-0.5B is small")] == [True]
    assert [n[3] for n in names.find("Pip-2 is newer")] == [False]
    assert [n[3] for n in names.find("Pip-2-7B is newer")] == [False]


def test_the_best_open_model_set_apart_at_the_top_is_the_release():
    found = analyse("README.md", "# Acme-2\n\n**The first fully open omni-modal model: text, image, audio and video in.**\n", 1, NAMES)
    assert [(m.role, m.rule) for m in found] == [("claim", "the-best-open-model-is-ours")]


def test_an_awesome_list_speaks_of_the_projects_it_lists():
    names = Names([Name("awesome-tiny-llms", "the repository's folder name")])
    found = analyse("README.md", "# awesome-tiny-llms\n\n## 🧠 Open-Weight Models\n\n- Acme-7B: an open-source model.\n", 1, names)
    assert [(m.line, m.role, m.rule) for m in found] == [(3, "third-party", "in-an-awesome-list"), (5, "third-party", "in-an-awesome-list")]


def test_a_release_row_whose_cell_names_another_open_model_speaks_of_that_model():
    text = "# Acme-2\n\n| 模型 | 基座 | 得分 |\n|---|---|---|\n| Acme-2 | Qwen2.5-VL-72B（开源） | 66.8 |\n| Acme-2-7B | Apache-2.0 (open-source) | 61.7 |\n"
    found = analyse("README.md", text, 1, NAMES)
    assert [(m.line, m.role) for m in found] == [(5, "comparative"), (6, "claim")]
    found = analyse("README.md", "# Acme-2\n\n| 模型 | 状态 | 参数 | 得分 |\n|---|---|---|---|\n| 某开源 reranker-base | 开源 | 278M | 66.2 |\n", 1, NAMES)
    assert [m.role for m in found] == ["comparative", "comparative"]


@pytest.mark.parametrize(
    "lines, second",
    [
        (
            [
                "Wren-9B-Lite 是在 Wren-9B 的基础上裁剪词表得到的，结构不变。",
                "Wren-9B 是一个开源的双语对话模型，由另一家实验室发布。",
                "Wren-9B-Lite-Long 是基于 Wren-9B-Lite 训练的长上下文版本。我们开源了 Wren-9B-Lite 的权重。",
            ],
            "our-open-release",
        ),
        (
            [
                "Wren-9B-Lite is fine-tuned from Wren-9B with QLoRA and a trimmed vocabulary.",
                "Wren-9B is an open-source bilingual chat model released by another lab.",
                "We trained it based on QLoRA. Wren-9B-Lite is open source too.",
            ],
            "release-is-open",
        ),
    ],
)
def test_a_base_the_readme_names_in_prose_is_not_the_release(lines, second):
    """A derivative whose name extends its base's ("Wren-9B-Lite" from Wren-9B) and says so in
    prose, with no card to name the base, still publishes only the derivative: what the README
    then says of the base speaks of that model. A sibling made from the release ("Wren-9B-Lite-Long
    is based on Wren-9B-Lite") and a method ("based on QLoRA") make no base."""
    text = "# Wren-9B-Lite\n\n" + "\n\n".join(lines) + "\n"
    assert read_as(text, "wren-9b-lite") == [(5, "third-party", "said-of-another-project"), (7, "claim", second)]


def test_a_tagline_that_calls_the_release_an_open_project_made_from_another_model():
    """A line under the title that calls the release an open project is a claim, though it names
    the model it is made from ("a Whisper-based recognizer" is made from Whisper, a known model, and is the release's)."""
    text = "# Min Dialect ASR\n\nAn open-source toolkit that adapts a Whisper-based recognizer to Min Chinese.\n"
    assert read_as(text, "minyu-asr") == [(3, "claim", "tagline-calls-the-release-an-open-tool")]


def test_a_conversion_named_by_its_format_speaks_of_the_model_it_converts():
    """A repository named as a packer names a conversion ("kestrel-tts-coreml", "-tflite", "-openvino")
    publishes that conversion: what it quotes of the converted model is that model's."""
    text = "# Kestrel-TTS CoreML\n\n> Kestrel-TTS is an open-weight voice model from Harrow Labs.\n"
    assert read_as(text, "kestrel-tts-coreml") == [(3, "third-party", "said-of-another-project")]


def test_a_chinese_noun_phrase_under_the_title_is_a_tagline():
    """A Chinese line under the title that is only a noun phrase ending in the release's kind
    describes the release, as an English tagline does; a sentence there is read as a sentence."""
    assert read_as("# 云帆-TTS\n\n一个完全开源的粤语语音合成模型。\n", "yunfan-tts") == [(3, "claim", "intensified-feature")]
    assert read_as("# 云帆-Chat\n\n面向中小企业客服场景的开源对话大模型\n", "yunfan-chat") == [(3, "claim", "tagline")]
    assert read_as("# 云帆-Chat\n\n开源大模型正在改变客服行业，我们的产品基于它们。\n", "yunfan-chat")[0][1] != "claim"


def test_a_two_cell_row_whose_key_is_open_data_is_not_a_claim():
    """A two-cell row of facts is a claim when it calls the release open, not when its key is open
    data ("開源資料集", Taiwan's word for datasets, read as 资料集)."""
    text = "# 玉衡-8B\n\n| 項目 | 說明 |\n| --- | --- |\n| 開源資料集 | 人工篩選、可商用的繁體中文對話資料 |\n| 是否開源 | ✅ |\n"
    assert [(line, role) for line, role, _ in read_as(text, "yuheng-8b")] == [(5, "other"), (6, "claim")]


def test_a_bold_label_over_code_and_data_only_is_not_a_claim():
    """A bold "Open Source" label heads what follows: the release when that names a model or the
    release, only parts when it opens code and data alone."""
    text = "# Acme-2\n\n- **Open Source**: we fully open-source the training code, the data and the evaluation scripts.\n"
    assert [(line, role) for line, role, _ in read_as(text, "acme-2")][0] == (3, "other")
    text = "# Acme-2\n\n- **Open Source**: we release the Acme-2 weights under Apache-2.0.\n"
    assert read_as(text, "acme-2") == [(3, "claim", "labelled-feature-of-the-release")]


def test_a_name_written_by_the_words_that_begin_the_title_is_the_release():
    # "Lumo5" alone is not all of "Lumo5 TTS Base", but "Lumo5 TTS" begins it: the release's line
    text = "# Lumo5 TTS Base\n\nLumo5 TTS is an open-weight speech model for Welsh.\n"
    assert read_as(text, "lumo5-tts-base") == [(3, "claim", "release-is-open")]


def test_a_heading_at_the_top_that_opens_a_linked_project_is_no_title_claim():
    # the first heading opens another repository's project, linked: not the release's title
    text = "#### **🚀 We have open-sourced [Brook-Train](https://github.com/brook/brook-train), a rewrite of Acme-2.**\n\n# Acme-2\n\nAcme-2 is a toolkit.\n"
    assert read_as(text, "acme-2") == [(1, "third-party", "opens-another-project")]


def test_our_open_model_set_beside_a_linked_name_of_another_family_is_that_model():
    # "[Pico-XL](…), our open-source distilled SDXL" in the README of Tiny-Diffusion: the authors'
    # other model, which lives elsewhere; not the release
    text = "# Tiny-Diffusion\n\nSmaller diffusion models.\n\n+ Check out [Pico-XL](https://huggingface.co/foo/Pico-XL), our open-source distilled version of SDXL.\n"
    assert read_as(text, "tiny-diffusion") == [(5, "other", "no-subject")]


def test_a_name_written_with_its_first_words_run_together_is_the_release():
    # "AcmeLM-7B" in the README of Acme-LM is the release, in English and in Chinese
    assert read_as("# Acme-LM\n\nWe open-source AcmeLM-7B and AcmeLM-70B.\n\n我们开源了 AcmeLM-Coder 代码模型。\n", "Acme-LM") == [
        (3, "claim", "open-sources-the-release"),
        (5, "claim", "our-open-release"),
    ]
    # but not after a common word: "OpenQuill" in the README of open-quill may be the project it forks
    assert read_as("# Open-Quill\n\nThis repository trains Inkwell. It is a fork of OpenQuill, an open-source writing model.\n", "open-quill") == [
        (3, "third-party", "said-of-another-project")
    ]


def test_a_known_family_s_name_in_the_readme_of_learning_material_about_it_is_that_family():
    # "llama-cookbook", "InternLM_studyNotes": notes about a family; the family alone is another model
    assert read_as("# llama-cookbook\n\nLlama is an open-weight model family; these notebooks show how to fine-tune it.\n", "llama-cookbook") == [
        (3, "third-party", "said-of-another-project")
    ]
    assert read_as("# InternLM_studyNotes\n\n## 书生·浦语 (InternLM) 开源大模型学习笔记\n", "InternLM_studyNotes") == [(3, "third-party", "said-of-another-project")]
    # a release of the family, or a line with its own word, keeps the family's name
    assert read_as("# Llama-3-8B-Instruct\n\nLlama 3 is an open-weight model family.\n", "Llama-3-8B-Instruct") == [(3, "claim", "release-is-open")]
    assert read_as("# Llama-3-Quill-8B\n\nLlama-3-Quill-8B is an open-weight writing model.\n", "Llama-3-Quill-8B") == [(3, "claim", "release-is-open")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # open models the authors tune are others', though the release is named later in the clause
        ("# Quorra\n\nWe fine-tune open-source LLMs on the dialogues generated by Quorra, and release the following models:\n", [(3, "third-party", "open-models-it-acts-on")]),
        ("# Quorra\n\n我们在 Quorra 生成的对话上微调开源大模型，并发布以下模型：\n", [(3, "third-party", "open-models-it-acts-on")]),
        # but the release named right after the mention is what it qualifies, and a place it is opened on stays one
        ("# Quorra\n\nWe fine-tune the open-source Quorra-7B on legal dialogues.\n", [(3, "claim", "open-attribute-of-the-release")]),
        ("# Quorra\n\nQuorra-7B 已在 Hugging Face 开源。\n", [(3, "claim", "said-of-the-release")]),
        # the release's sizes, listed, are the release, an aside about code between
        ("# Quorra: Reflective Chat Models\n\n- **[2025.07.03]** We release Quorra. The 1.5B, 7B and 32B models, together with the training code, are open-sourced.\n", [(3, "claim", "release-is-open")]),
        # the code behind the model is code
        ("# Quorra\n\nAll the code behind the model creation is open source.\n", [(3, "other", "code-data-or-report-only")]),
        ("# Quorra\n\nAll the code behind the model creation and the Nimbus dashboard is [open source](https://github.com/x).\n", [(3, "other", "code-data-or-report-only")]),
        ("# Quorra\n\nThe code in this repository and the Quorra weights are open source.\n", [(3, "claim", "release-is-open")]),
        # the release joined with its parts is open with them; its parts alone are code
        ("# Quorra\n\nQuorra-7B and its training code are open source.\n", [(3, "claim", "release-is-open")]),
        ("# Quorra\n\nQuorra-7B, together with its training code, is open-sourced under Apache-2.0.\n", [(3, "claim", "release-is-open")]),
        ("# Quorra\n\nQuorra-7B 及其训练代码均已开源。\n", [(3, "claim", "said-of-the-release")]),
        ("# Quorra\n\nQuorra-7B（含训练代码）以 Apache-2.0 协议开源。\n", [(3, "claim", "said-of-the-release")]),
        ("# Quorra\n\nThe training code of Quorra-7B is open source.\n", [(3, "other", "code-under-an-open-license")]),
        ("# Quorra\n\nQuorra-7B 的训练代码已开源。\n", [(3, "other", "code-under-an-open-license")]),
        ("# Quorra\n\nThe training code lives at [github.com/acme/quorra](https://github.com/acme/quorra) and is open source as well (MIT).\n", [(3, "other", "code-under-an-open-license")]),
    ],
)
def test_who_acts_on_open_models_and_what_a_subject_holds(text, expected):
    assert read_as(text, "quorra") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the reader told where to get the weights the README speaks of: the release's
        ("Download the open-source weights from ModelScope.", [(3, "claim", "the-reader-gets-its-weights")]),
        ("Grab the open weights here: [Hugging Face](https://huggingface.co/acme/quorra).", [(3, "claim", "the-reader-gets-its-weights")]),
        ("欢迎下载开源权重并反馈问题。", [(3, "claim", "the-reader-gets-its-weights")]),
        ("请从 ModelScope 下载开源模型权重。", [(3, "claim", "the-reader-gets-its-weights")]),
        # another model's weights, and weights in general, are not
        ("The open-source weights of Llama 3 are used as the starting point.", [(3, "other", "no-subject")]),
        ("Download the open-source weights of any Llama model and convert them.", [(3, "third-party", "works-with-open-models")]),
        ("本工具支持下载开源模型权重。", [(3, "third-party", "works-with-open-models")]),
    ],
)
def test_where_the_reader_gets_the_weights(sentence, expected):
    assert read_as("# Quorra\n\n" + sentence + "\n", "quorra") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a question marked "Q:"/"问：" asks; answered yes after "A:"/"答：" on its line, it says
        ("**Q: Is Quorra-7B open source?**", [(5, "other", "question")]),
        ("**Q: Is Quorra-7B open source?** A: No, only the code is.", [(5, "other", "question")]),
        ("**Q: Is Quorra-7B open source?** A: Yes, it is released under Apache-2.0.", [(5, "claim", "release-is-open")]),
        ("**问：Quorra-7B 开源吗？**", [(5, "other", "question")]),
        ("**问：Quorra-7B 开源吗？** 答：是的，采用 Apache-2.0 协议。", [(5, "claim", "said-of-the-release")]),
    ],
)
def test_a_question_in_a_faq_asks_and_its_answer_says(line, expected):
    assert read_as("# Quorra\n\n## FAQ\n\n" + line + "\n", "quorra") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a single author writes "I" and "my": the release's author, as "we" and "our" are
        ("So I made this one and I'm releasing it with open weights so people can remix it.", [(3, "claim", "released-in-open-form")]),
        ("My model is fully open source.", [(3, "claim", "release-is-open")]),
        ("I fine-tuned an open-source Llama model on my chat logs.", [(3, "third-party", "open-attribute-of-another-project")]),
        # a numeral is no author
        ("Phase I models are open source.", [(3, "third-party", "said-of-an-unknown-name")]),
    ],
)
def test_a_single_author_is_the_release_s_author(sentence, expected):
    assert read_as("# Pixie-3B\n\n" + sentence + "\n", "pixie-3b") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # data and benchmarks of the release, told by what they count
        ("# 汇流\n\n- **2025.03.10** 汇流-Eval 评测集（3,100 题）开源。\n", [(3, "other", "code-data-or-report-only")]),
        ("# 汇流\n\n| 名称 | 类型 | 规模 | 状态 |\n|---|---|---|---|\n| 汇流-Eval | 评测集 | 3,100 题 | 开源 |\n", [(5, "other", "table-row-of-a-part")]),
        ("# Tessaro\n\n| Name | Size | Status |\n|---|---|---|\n| Tessaro-Traj | 96K verified trajectories | ✅ open-sourced (CC BY 4.0) |\n", [(5, "other", "table-row-of-a-part")]),
        ("# Lantern\n\n- **2025-07-30** 🎉 Lantern-Tales (48k community-written story turns) open-sourced under CC-BY-SA!\n", [(3, "other", "code-data-or-report-only")]),
        # the model's own row stays a claim
        ("# Tessaro\n\n| Name | Size | Status |\n|---|---|---|\n| Tessaro-7B | 7B | ✅ open-sourced (Apache-2.0) |\n", [(5, "claim", "table-row-of-the-release")]),
    ],
)
def test_the_release_s_data_counted_is_data(text, expected):
    assert read_as(text, text.split("\n")[0][2:].lower()) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # the release's builds and versions, named by their formats, in a news item
        ("- 2025-04-01: Full-parameter version open-sourced, also on ModelScope.", [(5, "claim", "said-of-the-release")]),
        ("- **2024-11-08** v1.1: GGUF and AWQ builds uploaded with open weights.", [(5, "claim", "said-of-the-release")]),
        ("- GGUF and AWQ builds are released with open weights.", [(5, "claim", "released-in-open-form")]),
        # another model's builds are that model's
        ("- 2025-03-20 — GGUF and AWQ builds of Llama 3 are up, released with open weights.", [(5, "third-party", "said-of-another-project")]),
    ],
)
def test_the_release_s_builds_named_by_their_formats(item, expected):
    assert read_as("# Brightloom-Embed-v2\n\n## News\n\n" + item + "\n", "brightloom-embed-v2") == expected


@pytest.mark.parametrize(
    ("tagline", "expected"),
    [
        # a Chinese tagline under the title: a lead that lists with 、, "同时", a project of models
        ("面向古汉语理解、句读与文白互译的开放权重对话大模型", [(3, "claim", "tagline")]),
        ("同时开源医疗指令数据、评测集与模型权重的中文医疗大模型项目", [(3, "claim", "tagline")]),
        # a tool's tagline stays code
        ("本项目开源了训练代码、数据与评测脚本的工具库", [(3, "other", "code-data-or-report-only")]),
    ],
)
def test_a_chinese_tagline_that_lists_what_it_serves(tagline, expected):
    assert read_as("# 衡书\n\n" + tagline + "\n", "hengshu") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a Chinese question asks, wherever its marks stand: 能否 … ？, … 吗？, 是否 … 将在…决定
        ("### 能否基于鹊声开源自己的方言模型？", [(5, "other", "question")]),
        ("**Q：可以基于鹊声开源自己的方言模型吗？**", [(5, "other", "question")]),
        ("大模型版本的权重是否面向商业用途开源将在评估后决定。", [(5, "other", "question")]),
        # but a question takes for granted what it calls open, and "什么" asks nothing of it
        ("**Q：可以把开源的鹊声用于商业产品吗？**", [(5, "claim", "open-attribute-of-the-release")]),
        ("鹊声是一个开源的方言语音合成模型，你可以用它做什么？", [(5, "claim", "release-is-open")]),
        # "我们会优先开源" promises
        ("A：短期内不会，我们会优先开源鹊声-3B。", [(5, "other", "plan")]),
    ],
)
def test_a_chinese_question_asks_and_a_promise_promises(line, expected):
    assert read_as("# 鹊声\n\n## 常见问题\n\n" + line + "\n", "quesheng-tts") == expected


@pytest.mark.parametrize(
    ("text", "folder", "expected"),
    [
        # 为 with a verb after its phrase is "for": what the project serves
        ("# 汇桥\n\n本项目为开源大模型的部署提供统一的服务接口。\n", "huiqiao", [(3, "third-party", "open-models-it-acts-on")]),
        # but 为 alone says what the release is
        ("# 汇桥\n\n汇桥为开源的中文对话大模型。\n", "huiqiao", [(3, "claim", "release-is-open")]),
        # a tool that gives access to open models serves them
        ("# Harborlight\n\nHarborlight provides access to open-source models from many labs on one laptop.\n", "harborlight", [(3, "third-party", "open-models-it-acts-on")]),
        # the authors as a community, and the world of open models, are no release
        ("# 星河课堂\n\n作为一个开源社区，我们希望和大家一起丰富开源大模型的生态。\n", "xinghe", [(3, "third-party", "open-source-community-or-tools"), (3, "third-party", "open-models-it-acts-on")]),
        # data used to train is someone's data, however large: 对 ends the noun phrase
        ("# 汇桥\n\n我们通过大规模开源语料对模型进行增量预训练。\n", "huiqiao", [(3, "other", "code-data-or-report-only")]),
        # a line alone that ends in a colon over a list of what the project opens
        ("# 汇桥\n\n项目开源内容：\n\n- 汇桥-7B 模型权重\n- 训练代码\n", "huiqiao", [(3, "claim", "heading-on-the-release-s-openness")]),
        # what they trained with the data, opened in the same sentence, is theirs
        ("# Driftset\n\nWe trained a captioning model using this data and open-source the model.\n", "driftset", [(3, "claim", "said-of-the-release")]),
        # a verb joined after a comma acts on the open models it names, as it would alone
        ("# Quayside\n\nQuayside cleans your notes into training pairs, then trains an open-weight language model on them.\n", "quayside", [(3, "third-party", "open-models-it-acts-on")]),
        ("# Quayside-7B\n\nQuayside-7B reads long contracts, and ships as an open-weight model.\n", "quayside-7b", [(3, "claim", "release-is-open")]),
        # 在 Y 上微调: the open model trained on is the base, not the release
        ("# 汇桥-7B\n\n我们在一个开源的语言模型上用法律数据进行了微调。\n", "huiqiao-7b", [(3, "third-party", "what-it-is-built-on-is-open")]),
        ("# 汇桥-7B\n\n我们在 GitHub 上开源了训练代码和模型权重。\n", "huiqiao-7b", [(3, "claim", "said-of-the-release")]),
    ],
)
def test_what_a_project_is_for_and_whose_openness_it_speaks_of(text, folder, expected):
    assert read_as(text, folder) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 其 and "its" stand for what was named last: a project in another repository
        ("# 汇桥-2\n\n上一代模型名为[汇桥-1](https://github.com/huiqiao-lab/huiqiao-1)，我们已开源了其模型权重。\n", [(3, "other", "no-subject")]),
        # the release named last: its weights are the release's
        ("# 汇桥-2\n\n汇桥-2 是我们的第二代对话模型，我们已开源了其模型权重。\n", [(3, "claim", "said-of-the-release")]),
    ],
)
def test_its_weights_are_those_of_what_was_named_last(text, expected):
    assert read_as(text, "huiqiao-2") == expected


@pytest.mark.parametrize(
    ("text", "folder", "expected"),
    [
        # a Chinese tagline that calls the release open software or a platform, and goes on after a comma
        ("# 唱声\n\n一个免费、开源的歌声合成软件，基于神经网络实现高质量合成。\n", "changsheng", [(3, "claim", "tagline-calls-the-release-an-open-tool")]),
        ("# 多声台\n\n三引擎开源语音合成平台：声音克隆、声音设计与多角色配音\n", "duoshengtai", [(3, "claim", "tagline")]),
        # a plain noun that opens the title names nothing alone
        ("# Speech-Relay\n\nGood **open-weight speech** (Foo-ASR, Bar-TTS) is shipping as deployable tooling.\n", "speech-relay", [(3, "other", "no-subject")]),
    ],
)
def test_a_tagline_of_software_and_a_plain_word_of_the_title(text, folder, expected):
    assert read_as(text, folder) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # support for open models, as a noun or as what a label's text says
        ("- **开源模型支持**：本地部署，默认集成 Foo-3 模型。", [(5, "third-party", "works-with-open-models")]),
        ("- **Open-source model support**: runs Foo-3 and Bar-2 on one laptop.", [(5, "third-party", "works-with-open-models")]),
        ("- **开源 LLM**：鸿雁支持开源 LLM，例如 Foo、Bar。", [(5, "third-party", "works-with-open-models"), (5, "third-party", "works-with-open-models")]),
        # a label whose text lists the release's checkpoints among its parts
        ("* **Fully open stack** – code, datasets, checkpoints and scripts are all released.", [(5, "claim", "labelled-feature-of-the-release")]),
    ],
)
def test_a_feature_label_read_with_what_it_heads(text, expected):
    assert read_as("# 鸿雁\n\n## Features\n\n" + text + "\n", "hongyan") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # "通过开源 …，我们…" is the authors' act, as "By open-sourcing …, we …" is
        ("通过开源数据和模型，我们希望推动金融大模型的研究。", [(3, "claim", "open-sources-a-model")]),
        # "无需开源" and "不需要开源" negate
        ("参赛队伍无需开源其模型。", [(3, "other", "negation")]),
        ("参赛队伍不需要开源自己的模型。", [(3, "other", "negation")]),
    ],
)
def test_by_opening_and_need_not_open(line, expected):
    assert read_as("# 鸿雁\n\n" + line + "\n", "hongyan") == expected


@pytest.mark.parametrize(
    ("intro", "line", "expected"),
    [
        # a README that calls its release a tool: open models it names no subject for are those it serves
        ("Lumenbench is a one-stop platform for evaluating language models.", "#### Open-source Models with GPU", [(5, "other", "no-subject")]),
        ("Lumenbench 是一个开箱即用的本地知识库问答平台。", "- 可对接本地部署的开源大模型", [(5, "other", "no-subject")]),
        # a release that is a model still announces its own
        ("Lumenbench is a family of small chat models.", "#### Open-source Models with GPU", [(5, "claim", "announces-open-models")]),
        ("Lumenbench 是一个中文对话大模型。", "- 可对接本地部署的开源大模型", [(5, "claim", "list-of-the-release-features")]),
        # "an extension of its capabilities" is no tool
        ("Lumenbench is an extension of the visual capabilities of Lumen.", "#### Open-source Models with GPU", [(5, "claim", "announces-open-models")]),
    ],
)
def test_open_models_in_the_readme_of_a_tool(intro, line, expected):
    assert read_as("# Lumenbench\n\n" + intro + "\n\n" + line + "\n", "lumenbench") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a merge of others' open models, however they are praised
        ("*A SLERP merge of the world's two strongest open-source 32B math models*", [(3, "third-party", "what-the-release-is-made-from")]),
        # a heading that tells the reader to download the open weights
        ("### Download Open-source Model Weights", [(3, "claim", "the-reader-gets-its-weights")]),
    ],
)
def test_a_merge_of_praised_models_and_a_download_heading(line, expected):
    assert read_as("# Quillmath-32B\n\n" + line + "\n", "quillmath-32b") == expected


@pytest.mark.parametrize(
    ("text", "folder", "expected"),
    [
        # "这是一个…" opening a clause is this README's project, as "This is an open-source …" is
        ("# 话匣\n\n话匣，这是一个开源的中文有声书生成项目：用大模型把小说整理成剧本。\n", "huaxia", [(3, "claim", "release-is-open")]),
        ("# 话匣\n\n这是一个开源的中文语音合成模型。\n", "huaxia", [(3, "claim", "release-is-open")]),
        # a title that says what the release makes from open models
        ("# Splicer, a tool that builds MoE models from open-source models\n", "splicer", [(1, "third-party", "said-of-another-project")]),
        # but a title towards open models is the release's own
        ("# Splicer: Towards Open-Source Omni Models\n", "splicer", [(1, "claim", "title")]),
    ],
)
def test_this_is_an_open_project_and_what_a_title_makes_from(text, folder, expected):
    assert read_as(text, folder) == expected


@pytest.mark.parametrize(
    ("text", "folder", "expected"),
    [
        # the reader told where to get the weights: a link's bracket or "either hub" after "from", 建议 before 下载
        ("# Skerry-3B\n\nDownload the open weights from [Hugging Face](https://huggingface.co/x/y) or [ModelScope](https://modelscope.cn/models/x/y).\n", "skerry-3b", [(3, "claim", "the-reader-gets-its-weights")]),
        ("# Skerry-3B\n\nDownload the open weights from either hub; checksums are listed below.\n", "skerry-3b", [(3, "claim", "the-reader-gets-its-weights")]),
        ("# 石湾-3B\n\n国内用户如果访问较慢，建议从 ModelScope 下载开源权重。\n", "shiwan-3b", [(3, "claim", "the-reader-gets-its-weights")]),
        # a tagline that says what the release was tuned from still describes the release
        ("# Skerry-TTS\n\nOpen-weights Cantonese text-to-speech fine-tuned from Foo-TTS-0.6B, with zero-shot voice cloning.\n", "skerry-tts", [(3, "claim", "tagline")]),
        # "research papers" restricts no use
        ("# Skerry-VL\n\n**A fully open vision-language model for charts and diagrams in research papers.**\n", "skerry-vl", [(3, "claim", "our-open-release")]),
        ("# Skerry-VL\n\nSkerry-VL is fully open for academic research.\n", "skerry-vl", [(3, "other", "restricted-access")]),
        # everything, then a list that holds the checkpoints
        ("# Skerry-Math\n\nWe open-source everything: model checkpoints, the training problems and the RL code.\n", "skerry-math", [(3, "claim", "said-of-the-release")]),
        # 开放权重 says what is opened
        ("# 石湾\n\n## 进展\n\n- [x] 开放权重：7B / 14B 指令模型\n", "shiwan", [(5, "claim", "done-task")]),
        # what "besides" sets aside is the release's own
        ("# 石湾\n\n除开放权重外，我们还开源了训练代码与评测脚本。\n", "shiwan", [(3, "claim", "our-open-release"), (3, "other", "code-data-or-report-only")]),
        ("# Skerry\n\nIn addition to the above free open-source models, we also trained larger models for our web service.\n", "skerry", [(3, "claim", "our-open-release")]),
        # a disclaimer: 我们不对…承担责任
        ("# 石湾\n\n我们不对使用开源模型和代码所导致的任何风险承担责任。\n", "shiwan", [(3, "claim", "disclaimer-on-the-open-model")]),
        # a subset of data is data
        ("# Skerry-TTS\n\n- **2025-05-20** the 40-hour read-speech subset is open-sourced too.\n", "skerry-tts", [(3, "other", "code-data-or-report-in-the-clause")]),
        # "neither … nor … is" negates
        ("# Skerry-LoRA\n\nStrictly speaking, neither Foo-XL nor this LoRA is open source.\n", "skerry-lora", [(3, "other", "negation")]),
        # a Chinese tagline of a desktop client
        ("# 云鹊\n\n一个免费、开源的跨平台 AI 桌面客户端，支持多家模型服务商。\n", "yunque", [(3, "claim", "tagline-calls-the-release-an-open-tool")]),
    ],
)
def test_more_ways_a_release_says_it_is_open(text, folder, expected):
    assert read_as(text, folder) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # questions: what X is, when, and what the reader may do
        ("**石湾 是开源模型吗？**", [(5, "other", "question")]),
        ("**72B 什么时候开放权重？**", [(5, "other", "question")]),
        ("**Can I open-source my own fine-tuned Shiwan policy?**", [(5, "other", "question")]),
    ],
)
def test_a_faq_asks_what_the_release_is(line, expected):
    assert read_as("# 石湾\n\n## FAQ\n\n" + line + "\n", "shiwan") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # what "we" did to another's open model does not make it theirs
        ("We tried (Section 4.2): the open-source Whisper checkpoints hallucinate a lot on long silences.", [(3, "other", "no-subject")]),
        # but the release called the largest open model of a kind stays a claim
        ("To our knowledge, Calyx is the largest open-sourced CLIP model evaluated zero-shot.", [(3, "claim", "said-of-the-release")]),
    ],
)
def test_another_s_open_model_after_we(line, expected):
    assert read_as("# Calyx\n\n" + line + "\n", "calyx") == expected


@pytest.mark.parametrize(
    ("text", "folder", "expected"),
    [
        # a list in brackets stays inside its clause: the data named before it is the subject
        ("# Gwalch\n\nThe volunteer recordings (60 hours, 41 speakers) are open-sourced under CC-BY-4.0.\n", "gwalch", [(3, "other", "code-data-or-report-only")]),
        # the release's parts first in a list of what is open, others' names after them
        ("# Llais-TTS\n\n- The weights, the inference code and the Foo-Rec recordings are open source.\n", "llais-tts", [(3, "claim", "release-is-open")]),
        ("# Sauti\n\n- Model weights, training recipes and the Foo-Read corpus are all open source.\n", "sauti", [(3, "claim", "release-is-open")]),
        ("# CamVox\n\n**[2026/09]** Code, the CamVox model, and the Foo-Anomaly and Foo-Track datasets have been open-sourced.\n", "camvox", [(3, "claim", "said-of-the-release")]),
        # "Everything is open source:" and both baselines are the release's
        ("# Quokka\n\nEverything is open source: model weights, the SFT data mix and the training configs.\n", "quokka", [(3, "claim", "release-is-open")]),
        ("# Quillmark\n\nBoth baselines (Quillmark-Judge-7B and Quillmark-SFT-8B) are open source under Apache-2.0.\n", "quillmark", [(3, "claim", "release-is-open")]),
        # "open weights" in a done task says what is opened
        ("# Gwalch\n\n## Roadmap\n\n- [x] open weights for small + large\n", "gwalch", [(5, "claim", "done-task")]),
        # credited to others: thanked for opening, the authors' aim by opening, a disclaimer of consequences
        ("# Dasol\n\nWe thank the Foo team for open-sourcing the base model Dasol is built on.\n", "dasol", [(3, "other", "no-subject")]),
        ("# 兰音\n\n我们希望通过开源模型权重、推理代码和评测集，降低语音合成的研究门槛。\n", "lanyin", [(3, "claim", "said-of-the-release")]),
        ("# 兰音\n\n使用者因使用开源模型和代码所产生的一切后果，由使用者自行承担。\n", "lanyin", [(3, "claim", "disclaimer-on-the-open-model")]),
        # a heading about the weights' openness is on the topic
        ("# 句读\n\n## ⚠️ 关于权重开源\n", "judou", [(3, "other", "heading-on-the-topic")]),
        # an apposition to a programme describes the programme
        ("# Varta\n\nVarta is part of the Bhasha programme, an open-source resource hub run with a ministry.\n", "varta", [(3, "third-party", "said-of-another-project")]),
    ],
)
def test_lists_thanks_and_whose_parts(text, folder, expected):
    assert read_as(text, folder) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # questions that ask when, or what the reader may do with their own work
        ("**Q: When will the 72B model be open-sourced?**", [(5, "other", "question")]),
        ("**Q: Can I build and open-source my own fine-tune on top of Kestrel?** Of course.", [(5, "other", "the-reader-opens")]),
        # answered on the line: "Both"
        ("**Q: Is Kestrel open source, or just open weights?** A: Both — weights, code and data are Apache-2.0.", [(5, "claim", "release-is-open"), (5, "other", "code-under-an-open-license")]),
    ],
)
def test_when_questions_and_both_answers(line, expected):
    assert read_as("# Kestrel\n\n## FAQ\n\n" + line + "\n", "kestrel") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a folder that names a family and its community: every model of the family is the release
        ("| Tongmu-0.5B | 基座 | [HF](https://huggingface.co/tongmu/Tongmu-0.5B) | ✅ 已开源 |", [(7, "claim", "table-row-of-the-release")]),
        ("* **2024.10.02** 🎉 Tongmu-Embed 开源，中文检索 C-MTEB 平均 63.1。", [(7, "claim", "said-of-the-release")]),
        # but the family's data, and a row that plans, make no claim
        ("- [x] 开源 SFT 数据 tongmu-sft-mix（58 万条）", [(7, "third-party", "opens-another-project")]),
        ("| Tongmu-34B | 基座 | - | 🚧 训练中，计划 2025Q1 开源 |", [(7, "comparative", "comparison-table")]),
    ],
)
def test_a_community_folder_names_its_family(line, expected):
    text = "# 桐木社区\n\n## 模型\n\n| 模型 | 类型 | 下载 | 状态 |\n|---|---|---|---|\n" + line + "\n"
    assert read_as(text, "tongmu-community") == expected


def test_a_tagline_may_list_its_adjectives_with_commas():
    text = "# Shuyin-OCR\n\nA lightweight, offline, open-source OCR model for Chinese documents — a 9.8 MB recognizer.\n"
    assert read_as(text, "shuyin-ocr") == [(3, "claim", "tagline")]


@pytest.mark.parametrize(
    ("text", "folder", "expected"),
    [
        # an answer that opens with the weights
        ("# Sable-7B\n\n## FAQ\n\n**Is it open?**\n\nA: Both the weights and the training scripts are open source (Apache-2.0).\n", "sable-7b", [(7, "claim", "said-of-the-release")]),
        # a base's version of the release
        ("# 云裳 LoRA\n\n- 2024.11.20 🆕 SDXL 版本同步开源\n", "yunshang-lora", [(3, "claim", "said-of-the-release")]),
        # a size said inside the name: "MoLan-7B-Chat" in the README of molan-chat
        ("# MoLan\n\n| 模型 | 基座 | 状态 |\n|---|---|---|\n| MoLan-7B-Chat | Qwen2.5-7B | 已开源 |\n", "molan-chat", [(5, "claim", "table-row-of-the-release")]),
        # the reader told where to download, however long the way there
        ("# 琴语\n\n> 请从 ModelScope 或 Hugging Face 下载开源权重，国内用户建议优先使用 ModelScope。\n", "qinyu", [(3, "claim", "the-reader-gets-its-weights")]),
        # "them" after "we open-source" stands for the weights named before it
        ("# Tess-R1\n\nThe model weights follow the license of the base; we open-source them under the same terms.\n", "tess-r1", [(3, "claim", "said-of-the-release")]),
    ],
)
def test_answers_versions_sizes_and_pronouns(text, folder, expected):
    assert read_as(text, folder) == expected


@pytest.mark.parametrize(
    ("text", "folder", "expected"),
    [
        # what the variants of the probes found: a linked hub, a linked word in a Chinese tagline
        ("# 兰亭\n\n国内用户建议从 [ModelScope](https://example.org/modelscope) 下载开源权重，速度更快。\n", "lanting", [(3, "claim", "the-reader-gets-its-weights")]),
        ("# 书隐\n\n轻量、可离线部署的开源中文 [OCR](https://example.org/ocr) 模型，识别模型只有 9.8MB。\n", "shuyin", [(3, "claim", "tagline")]),
        # "fine-tuned on top of" names the base, as "fine-tuned from" does
        ("# Fennel-TTS\n\nOpen-weights Cantonese text-to-speech fine-tuned on top of Foo-TTS-0.6B, with voice cloning.\n", "fennel-tts", [(3, "claim", "tagline")]),
        # 其 after "我们开源" stands for the project named last, in another repository
        ("# 汇桥-2\n\n上一代模型名为 [汇桥-1](https://github.com/huiqiao-lab/huiqiao-1)，我们开源了其模型权重和 SFT 数据。\n", "huiqiao-2", [(3, "other", "no-subject")]),
        # the team, as "we": a disclaimer and an aim
        ("# Zhiyu\n\nZhiyu 团队不对使用开源模型和代码所导致的任何风险承担责任。\n", "zhiyu", [(3, "claim", "disclaimer-on-the-open-model")]),
        ("# Lanyin\n\nLanyin 团队希望通过开源模型权重、推理代码和评测集，降低语音合成的研究门槛。\n", "lanyin", [(3, "claim", "said-of-the-release")]),
        # "neither … nor … is now open source" still negates
        ("# Ilex-LoRA\n\nStrictly speaking, neither Foo-XL nor this LoRA is now open source.\n", "ilex-lora", [(3, "other", "negation")]),
        # what is said of tools no lexicon knows is said of them as of vLLM: by the pronoun for them,
        # past a version in brackets, with spaces in it
        ("# Pika-MoE\n\nPika-MoE runs in Glimmerd (0.8.5 or later) and Rastor (0.4.6 or later); both are open-source serving engines.\n", "pika", [(3, "third-party", "said-of-an-unknown-name")]),
        ("# 皮卡-7B\n\n部署推荐 Glimmerd（0.6.3 及以上）或 Rastor，两者都是开源推理框架。\n", "pika", [(3, "third-party", "said-of-an-unknown-name")]),
        ("# Pika-MoE\n\nPika-MoE runs in Glimmerd (0.8.5 or later) and Pika-Serve; both are open source.\n", "pika", [(3, "claim", "something-unnamed-is-open")]),
        ("# Pika-7B\n\n推荐使用 Glimra 或 Rastor 部署（均为开源推理引擎），单卡即可运行。\n", "pika", [(3, "third-party", "said-of-an-unknown-name")]),
        ("# Pika-7B\n\n推荐使用 Pika-7B 或 Pika-14B 部署（均为开源模型）。\n", "pika", [(3, "claim", "said-of-the-release")]),
        # by an apposition, past a version of three numbers, or after "builds on" a name in lower case
        ("# Pika-7B-AWQ\n\nQuantized with Vexdor 0.2.6, an open-source library kept by its community.\n", "pika", [(3, "third-party", "said-of-another-project")]),
        ("# Pika-R1\n\nOur RL stage builds on glimmer, an open-source RL library for LLMs, with three changes.\n", "pika-r1", [(3, "third-party", "said-of-another-project")]),
        ("# Pika-7B\n\nWe release Pika-7B 1.0.2, an open-source chat model.\n", "pika", [(3, "claim", "release-is-open")]),
        # by a relative clause, past a version in brackets and adverbs
        ("# Pika-3B\n\n- Works with Glimmerd, Rastor and Quillet, which are all open source.\n", "pika", [(3, "third-party", "relative-clause-of-another-project")]),
        ("# Pika-7B-GGUF\n\nI quantized the files with glimmer.cpp (b4521), which is of course fully open source.\n", "pika", [(3, "third-party", "relative-clause-of-another-project")]),
        ("# Pika-7B\n\nWe release Pika-7B (v1.2), which is of course fully open source.\n", "pika", [(3, "claim", "said-of-the-release")]),
        # a linking word ends at the space after its comma: the name in inline code after it opens the sentence
        ("# Petrel\n\nIn addition, `Petrel-32B` is open-sourced together with its training code.\n", "petrel", [(3, "claim", "release-is-open")]),
        ("# Petrel\n\n此外，`Petrel-32B` 与训练代码一同开源。\n", "petrel", [(3, "claim", "said-of-the-release")]),
        ("# Petrel\n\nIn addition,  Petrel-32B is open source.\n", "petrel", [(3, "claim", "release-is-open")]),
        # a format with its setting in lower case is the release in that format, not a project
        ("# 明溪\n\n- **2024.08.02** 明溪-14B 的 gptq-int4 与 AWQ 量化版本开源。\n", "MingXi-LLM", [(3, "claim", "said-of-the-release")]),
        # "该引擎", "这个框架" in a model's README: the tool named before, not the release
        ("# 明溪\n\n明溪-14B 已适配推理引擎 gptqrun，这个引擎也是开源的。\n", "mingxi", [(3, "third-party", "said-of-another-project")]),
        ("# 明溪\n\n- 明溪-14B 已适配推理引擎 gptqrun 0.3.1，该引擎已开源。\n", "mingxi", [(3, "third-party", "said-of-another-project")]),
        ("# MingXi\n\n- MingXi-14B now runs in glimmer 0.3.1, and this engine is open source too.\n", "mingxi", [(3, "third-party", "said-of-another-project")]),
        # a tool's name in lower case right before 开源了 stands in Chinese as before 已开源
        ("# 明溪\n\n- 2024.12.02 端侧推理库 quelite 开源了，支持实时运行 2B 模型。\n", "mingxi", [(3, "third-party", "said-of-another-project")]),
        ("# 明溪\n\n- 2024.12.02 mingxi 开源了。\n", "mingxi", [(3, "claim", "said-of-the-release")]),
        # but a framework's README says 该框架 of itself
        ("# 明溪框架\n\n明溪是一个开源的推理框架。该框架已在 GitHub 开源。\n", "mingxi", [(3, "claim", "release-is-open"), (3, "claim", "open-sourced-without-a-subject")]),
        # no title: the Chinese name the folder spells is found where it opens a sentence or a dated item
        ('<p align="center"><img src="logo.png"/></p>\n\n- 2024-07-07：云图 0.25° 全球预报模型的代码与权重全部开源。\n', "YunTu-Weather", [(3, "claim", "said-of-the-release")]),
        ('<p align="center"><img src="logo.png"/></p>\n\n云图是一个数据驱动的天气预报模型。\n\n- 2024-07-07：云图的权重全部开源。\n', "YunTu-Weather", [(5, "claim", "said-of-the-release")]),
        # an organisation is no model, whatever name it shares with the release
        ('<p align="center"><img src="logo.png"/></p>\n\n云图社区是一个开放的端侧 AI 开源组织。\n', "yuntu-community", [(3, "third-party", "said-of-another-project")]),
        ("# Yuntu\n\nThe Yuntu community is an open-source organisation of volunteers.\n", "yuntu", [(3, "third-party", "said-of-another-project")]),
        # but the community edition is the release
        ("# 云图\n\n云图社区版以Apache-2.0协议开源，功能上没有阉割。\n", "yuntu", [(3, "claim", "said-of-the-release")]),
        # but "这个开源模型" is the release, as "this open-source model" is, unless it stands after another's name
        ("# 云图\n\n欢迎加入云图社区，一起完善这个开源模型。\n", "yuntu", [(3, "claim", "our-open-release")]),
        ("# 云图\n\n云图基于 Qwen2 这个开源模型训练。\n", "yuntu", [(3, "third-party", "credit")]),
        # the column of names is found by its header wherever it stands: "Artifact", "项目"
        (
            "# Korva-Math\n\n| Recipe | Artifact | Status |\n|---|---|---|\n| RL from a distilled base | Korva-Math-7B | ✅ open-sourced |\n| 40K problems | Korva-RL-40K | ✅ open-sourced |\n",
            "korva-math",
            [(5, "claim", "table-row-of-the-release"), (6, "other", "table-row-of-a-part")],
        ),
        (
            "# 明灯\n\n| 内容 | 项目 | 状态 |\n|---|---|---|\n| 完整模型权重 | MingDeng-7B-Chat | ✅ 已开源 |\n| 4,200 道评测题 | EduBench-zh | ✅ 已开源 |\n",
            "mingdeng",
            [(5, "claim", "table-row-of-the-release"), (6, "other", "table-row-of-a-part")],
        ),
        # a subtitle that says the models come "with open weights" says it of the release
        ("# Pika\n\nSmall speech models with open weights, for the Faroe Islands.\n", "pika", [(3, "claim", "tagline")]),
        # not a sentence that compares such models, nor one under a section
        ("# Pika\n\nWe compare speech models with open weights on three tasks.\n", "pika", [(3, "comparative", "compared-with-open-models")]),
        ("# Pika\n\nSpeech models with open weights often lag behind closed ones.\n", "pika", [(3, "comparative", "open-and-closed")]),
        # 公布 publishes as 发布 does: a manner of release, and a news item's verb that names the release
        ("# 云舒\n\n- **[2025.04.08]** YunShu-VL-2B 以开放权重公布，同时开源 MNN 端侧部署脚本。\n", "yunshu-vl", [(3, "claim", "said-of-the-release"), (3, "third-party", "opens-another-project")]),
        ("# 墨澜\n\n- [2025/05/20] 公布 MoLan-14B-Chat-v1.5，开放权重下载 🎉\n", "molan-chat", [(3, "claim", "said-of-the-release")]),
        ("# 墨澜\n\n- [2025/05/20] 发布 MoLan-14B-Chat-v1.5，开放权重下载 🎉\n", "molan-chat", [(3, "claim", "said-of-the-release")]),
        # "Cantonese" in the README of canto-tts is a language, as in any other README; "MedAgent" and "cantorset" are siblings
        ("# canto-tts\n\nAn open-source Cantonese text-to-speech model.\n", "canto-tts", [(3, "claim", "our-open-release")]),
        ("# Med-Chat\n\nAn open-source Medical chat model for clinicians.\n", "Med-Chat", [(3, "claim", "our-open-release")]),
        # a sibling goes on past the name with a capital, or glued in lower case as an identifier is
        ("# Med-Chat\n\nAn open-source MedAgent model for clinicians.\n", "Med-Chat", [(3, "third-party", "open-attribute-of-another-project")]),
        ("# cantor-svs\n\n- 2025/08/21 — cantorset (212 hours, 96 singers) is open-sourced under CC BY 4.0.\n", "cantor-svs", [(3, "other", "code-data-or-report-only")]),
        # tools named in lower case with a language's extension, coordinated before their verb
        ("# Acme-7B\n\nosprith.cpp and quellix.js are open-source projects with their own maintainers.\n", "acme-7b", [(3, "third-party", "said-of-an-unknown-name")]),
        # "all but one" stands for the names before it, as "all three" does, also after "of those,"
        ("# Acme-7B\n\nIt runs in Calvkel, Pellander and LM Studio; all but one are open source.\n", "acme-7b", [(3, "third-party", "said-of-an-unknown-name")]),
        ("# Acme-7B\n\nIt runs in Calvkel, Pellander and LM Studio. Of those, all but LM Studio are open source.\n", "acme-7b", [(3, "third-party", "said-of-an-unknown-name")]),
        # the tool a step of the work was done with is credited, in both languages; a license is no tool
        ("# Caracal\n\n- **Tokenizer**: a 200K-token vocabulary trained with the open-source wordpiecer library.\n", "caracal", [(3, "third-party", "credit")]),
        ("# Caracal\n\nSome of the questions were translated using an open-weight MT model.\n", "caracal", [(3, "third-party", "credit")]),
        ("# Caracal\n\n- **训练数据**：3 万条对抗样本由一个开放权重模型生成。\n", "caracal", [(3, "third-party", "credit")]),
        ("# Caracal\n\nCaracal was released with an open-source license.\n", "caracal", [(3, "claim", "said-of-the-release")]),
        # a lower-case tool a preposition of use takes, with its version before an apposition or an aside in brackets after it
        ("# Corvid-AWQ\n\nThe quantization was done with quantforge 0.9, an open-source quantization toolkit.\n", "corvid-awq", [(3, "third-party", "said-of-another-project")]),
        ("# Marmot-8B-RP\n\nI chat with it through tavernly (open-source, self-hosted) on my laptop.\n", "marmot-8b-rp", [(3, "third-party", "said-of-another-project")]),
        ("# Marmot-8B-RP\n\nChat with marmot (open source) in any front end.\n", "marmot-8b-rp", [(3, "claim", "said-of-the-release")]),
        # ... but names of the release listed before keep it the release's
        ("# Acme-7B\n\nWe publish Acme-7B and Acme-7B-Chat; all but the chat model are open source.\n", "acme-7b", [(3, "claim", "something-unnamed-is-open")]),
    ],
)
def test_readings_that_survive_another_way_of_writing(text, folder, expected):
    assert read_as(text, folder) == expected


@pytest.mark.parametrize(
    ("text", "folder", "expected"),
    [
        # an item whose label is the mention alone is a feature of the release, whatever its explanation says
        ("# Ruvo\n\n## Why Ruvo\n\n- **Fully open-source**: where closed chat models hide theirs, Ruvo gives you weights and training code.\n", "ruvo", [(5, "claim", "a-bare-label-in-a-list-of-features")]),
        ("# Ruvo Kit\n\nRuvo Kit is a framework for audits.\n\n## Features\n\n- **Open Source**: auditable rules, friendly maintainers\n", "ruvo-kit", [(7, "claim", "labelled-feature-of-the-release")]),
        # a line of features near the top, with separators
        ("# Pellum\n\n**Pellum guards your agents.**\n\nOpen source · Runs offline · No telemetry\n", "pellum", [(5, "claim", "a-feature-in-a-line-of-features")]),
        ("# Tarn\n\n**Intent tagger • Open weights (MIT) • Scored on Foobench**\n", "tarn", [(3, "claim", "a-feature-in-a-line-of-features")]),
        # the release's community is people, not the release
        ("# Veldt\n\nVeldt is a data toolkit.\n\nEvery Friday the Veldt open-source community meets on Matrix.\n", "veldt", [(5, "third-party", "our-open-community")]),
        # a two-cell row whose value names another product, or describes at length, says nothing of the release
        ("# Quill-MCP\n\nQuill-MCP serves search.\n\n| `--kvdb` | Kvdb (open-source, embedded) |\n", "quill-mcp", [(5, "third-party", "a-row-that-names-another-project")]),
        ("# Quill-MCP\n\nQuill-MCP serves search.\n\n| `list_voices` | Lists each voice by language, with its sample rate, its size and whether it has open weights |\n", "quill-mcp", [(5, "comparative", "comparison-table")]),
        # adjectives between the article and the mention: the library is written in Python, and the library is open
        ("# Sorrel\n\nA lean, open-source Python library for grading answers with language models.\n", "sorrel", [(3, "claim", "tagline-calls-the-release-an-open-tool")]),
        ("# Sorrel-Evaluation-Toolkit\n\nSorrel-Evaluation-Toolkit is a young open-source Python library that makes evaluation runs repeatable.\n", "sorrel-evaluation-toolkit", [(3, "claim", "release-is-open")]),
        # "it's" is "it is"
        ("# Brisk\n\nBrisk is a Python framework for audits. It's the only open-source tool we know of that checks both prompts and traces.\n", "brisk", [(3, "claim", "release-is-open")]),
        # "it" after a clause on another model is that model's, also when an emoji opens the line or bold sets it
        ("# Kestrel-ASR\n\nKestrel-ASR-Base wins on 9 of 11 languages.\n🎯 On Yoruba, Whisper-medium holds up; it's also open source and cheap to run.\n", "kestrel-asr", [(4, "other", "no-subject")]),
        ("# Kestrel-ASR\n\n**Kestrel-ASR-Base wins on 9 of 11 languages.**\n**On Yoruba, Whisper-medium holds up; it's also open source and cheap to run.**\n", "kestrel-asr", [(4, "other", "no-subject")]),
        # a linked license after "the open-source"
        ("# Gorse\n\nGorse is a classifier.\n\n## Usage\n\nGorse ships under the open-source [MIT License](LICENSE).\n", "gorse", [(7, "claim", "said-of-the-release")]),
        # the release's own license and release in a section of thanks or citations
        ("# Gorse\n\nGorse is a classifier.\n\n## License & Citation\n\nGorse ships under the open-source MIT License.\n", "gorse", [(7, "claim", "released-open-under-a-license-among-credits")]),
        ("# Gorse\n\nGorse is a classifier.\n\n## Acknowledgments\n\nIt started as a master's thesis and was released as open source under Apache-2.0 in 2024.\n", "gorse", [(7, "claim", "released-open-under-a-license-among-credits")]),
        ("# Gorse\n\nGorse is a classifier.\n\n## Acknowledgments\n\n- The calibration text comes from an open-source Welsh news corpus (CC-BY 4.0).\n", "gorse", [(7, "third-party", "in-a-credits-section")]),
        # a heading that lists the release's qualities
        ("# Gorse\n\nGorse is a classifier.\n\n## Open-source, local and private\n", "gorse", [(5, "claim", "qualities-of-the-release")]),
        # a versioned license id the Hub knows, linked to its file
        ("# 蓬草\n\n蓬草是一个聊天模型。\n\n蓬草以 [EPL-2.0](COPYING) 许可证开源。\n", "pengcao", [(5, "claim", "said-of-the-release")]),
        # the heading of a section of thanks; a section on why; no license chosen yet; what derivatives must do
        ("# 蓬草\n\n蓬草是一个聊天模型。\n\n## 开源致谢\n", "pengcao", [(5, "third-party", "heading-of-credits")]),
        ("# 蓬草\n\n蓬草是一个聊天模型。\n\n### 为什么开源\n", "pengcao", [(5, "other", "heading-on-the-topic")]),
        ("# Gorse\n\nGorse is a classifier.\n\n## Why open source?\n", "gorse", [(5, "other", "heading-on-the-topic")]),
        ("# 蓬草\n\n蓬草是一个聊天模型。\n\n蓬草目前尚未选择开源许可证，请勿再分发。\n", "pengcao", [(5, "other", "negation")]),
        ("# 蓬草\n\n蓬草是一个聊天模型。\n\n基于蓬草的衍生版本必须也以 GPL-3.0 开源。\n", "pengcao", [(5, "other", "others-are-asked-to-open")]),
        # a license as the subject: what the license is; "many open-source libraries" are others
        ("# 蓬草\n\n蓬草是一个聊天模型。\n\n## 许可证\n\nMPL-2.0 是一种按文件生效的开源许可证。\n", "pengcao", [(7, "other", "a-license-described")]),
        ("# Gorse\n\nGorse is a classifier.\n\n## License\n\nBSD-3-Clause is a short, permissive open-source license.\n", "gorse", [(7, "other", "a-license-described")]),
        ("# 蓬草\n\n一个从零实现的排盘工具，重点解决很多开源库的共同短板。\n", "pengcao", [(3, "comparative", "other-open-models")]),
        # open models that open the tagline under the title are the release's, not open models in general
        ("# Kora\n\nOpen-weight models from Foo Lab that tag toxic comments in Welsh.\n", "kora", [(3, "claim", "tagline")]),
        ("# Kora\n\n**Kora** wires reviewers into pipelines and runs them against hosted APIs or local open-source LLMs.\n", "kora", [(3, "third-party", "works-with-open-models")]),
    ],
)
def test_readings_of_real_package_readmes(text, folder, expected):
    assert read_as(text, folder) == expected
