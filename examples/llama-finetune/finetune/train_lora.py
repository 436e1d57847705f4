# SPDX-License-Identifier: Apache-2.0
"""LoRA fine-tuning of Meta Llama 3 8B on support dialogues, then merge into the base weights."""

from datasets import load_dataset
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer, Trainer, TrainingArguments

BASE = "meta-llama/Meta-Llama-3-8B"


def main() -> None:
    tok = AutoTokenizer.from_pretrained(BASE)
    model = AutoModelForCausalLM.from_pretrained(BASE, torch_dtype="bfloat16")
    model = get_peft_model(
        model, LoraConfig(r=16, lora_alpha=32, target_modules=["q_proj", "k_proj", "v_proj", "o_proj"])
    )
    data = load_dataset("quillmate/support-dialogues-v2", split="train")
    data = data.map(lambda row: tok(row["text"], truncation=True, max_length=2048), remove_columns=["text"])
    args = TrainingArguments("out", num_train_epochs=3, learning_rate=2e-4, per_device_train_batch_size=4, bf16=True)
    Trainer(model=model, args=args, train_dataset=data).train()
    model.merge_and_unload().save_pretrained("merged")


if __name__ == "__main__":
    main()
