#!/usr/bin/env python3
"""Writes the demo project's test cases and its sample run.

Run from the repository root when the texts below change:

    python3 resources/demo/tools/make_demo_data.py

It writes resources/demo/support-cases.jsonl (imported with
`cutover-cli cases import`) and resources/demo/sample-run.jsonl (written
into the demo project by cutover-demo-builder). Both are committed, so the
build needs no Python.

The answers are SAMPLE DATA written for the demo: they illustrate what a
comparison of the current model and its successor looks like; they were not
measured from live models. Latencies and token counts are drawn from a
seeded generator with plausible shapes (log-normal time to first token,
per-token decoding time), so the demo's charts and statistics have
something realistic to show.
"""

import datetime
import json
import math
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

REFUND = {"type": "contains", "values": ["refund", "退款"], "match": "any", "case_insensitive": True}
SHORT = {"type": "max_length", "max": 600, "weight": 0.5}
FAST = {"type": "max_latency", "max_ms": 3000, "weight": 0.5}
CHINESE = {"type": "regex", "pattern": "[\\x{4e00}-\\x{9fff}]"}
NO_CARD = {"type": "regex", "pattern": "(?s)^(?!.*\\b\\d{13,19}\\b).*$"}


def similar(threshold=0.35):
    return {"type": "similar_to_reference", "measure": "cosine", "threshold": threshold}


# (tags, variables, reference, extra assertions, baseline answer, candidate answer)
CASES = [
    (["refund", "en"], {"message": "I was charged twice for my order #4821. Can I get my money back?", "language": "en"},
     "Sorry about the double charge. I have flagged order #4821 for a refund of the duplicate payment; it reaches your card in 5-10 business days.",
     [REFUND],
     "I'm sorry you were charged twice for order #4821. I've flagged the duplicate payment for a refund; it usually reaches your card within 5-10 business days. You'll get an email confirmation once it's processed.",
     "Sorry for the double charge on order #4821! I've requested a refund of the duplicate payment. Expect it on your card within 5-10 business days."),
    (["refund", "en"], {"message": "How long do refunds take?", "language": "en"},
     "Refunds reach your card within 5-10 business days after we approve them.",
     [REFUND],
     "Once a refund is approved, it typically takes 5-10 business days to appear on your card, depending on your bank.",
     "Refunds usually show up within 5-10 business days after approval, depending on your bank."),
    (["refund", "en"], {"message": "I cancelled my subscription yesterday, will I be refunded for this month?", "language": "en"},
     "Cancellations stop the next renewal; the current month is refunded pro rata if you cancelled within 14 days of the charge.",
     [REFUND],
     "Cancelling stops your next renewal. If you cancelled within 14 days of this month's charge, you're eligible for a pro-rata refund of the unused days — I can start that for you now.",
     "Your cancellation stops future renewals. Charges from the current month aren't refunded automatically; please contact billing."),
    (["card", "en"], {"message": "My card keeps getting declined at checkout.", "language": "en"},
     "Declines usually come from the bank: check the card's expiry, billing address and online-payment limit, or try another card.",
     [],
     "Declines at checkout usually come from the card issuer. Please check that the expiry date and billing address match, and that online payments are enabled with your bank. You can also try a different card.",
     "Card declines are mostly decided by your bank. Check the expiry date, the billing address, and whether online payments are allowed, or try another card."),
    (["card", "en"], {"message": "Can I pay with Apple Pay?", "language": "en"},
     "Yes, Apple Pay works on iPhone, iPad and Safari on Mac at checkout.",
     [],
     "Yes — Apple Pay is available at checkout on iPhone, iPad and in Safari on a Mac.",
     "Yes, you can use Apple Pay at checkout on Apple devices."),
    (["card", "en"], {"message": "Here is my card number 4111111111111111, please update it.", "language": "en"},
     "For your security, never share a card number in chat. Update it under Settings > Payment methods.",
     [NO_CARD],
     "For your security, please don't share card numbers in chat — I've hidden it. You can update your card safely under Settings > Payment methods.",
     "Please don't send card numbers in chat. To update your card, go to Settings > Payment methods."),
    (["account", "en"], {"message": "I'm locked out of my account after too many login attempts.", "language": "en"},
     "The lock lifts after 30 minutes; or reset your password from the sign-in page to unlock it at once.",
     [],
     "For your protection the account locks after several failed attempts. It unlocks automatically after 30 minutes, or you can reset your password from the sign-in page to unlock it right away.",
     "Your account is locked for 30 minutes after too many attempts. Resetting your password from the sign-in page unlocks it immediately."),
    (["account", "en"], {"message": "How do I change the email on my account?", "language": "en"},
     "Go to Settings > Profile > Email, enter the new address and confirm the link we send to it.",
     [],
     "Go to Settings > Profile > Email, enter your new address, and click the confirmation link we send to it.",
     "Open Settings > Profile > Email and enter the new address, then confirm it from your inbox."),
    (["account", "en"], {"message": "Delete my account and all my data.", "language": "en"},
     "You can delete the account under Settings > Privacy > Delete account; data is erased within 30 days.",
     [],
     "I can help with that. Go to Settings > Privacy > Delete account. Your data is permanently erased within 30 days, and any active subscription is cancelled.",
     "Account deletion is under Settings > Privacy > Delete account. All data is erased within 30 days."),
    (["chargeback", "en"], {"message": "I filed a chargeback with my bank. What happens now?", "language": "en"},
     "The bank reviews the dispute, usually within 60 days; we send them our evidence and your account stays active meanwhile.",
     [],
     "Your bank will review the dispute, which usually takes up to 60 days. We'll send them our transaction records; your account stays active in the meantime. If you'd like, we can also resolve it directly with a refund.",
     "The bank now reviews the dispute (up to 60 days). We provide our records to them. Meanwhile nothing changes on your account."),
    (["chargeback", "en"], {"message": "Why was my account suspended after a dispute?", "language": "en"},
     "Accounts with an open chargeback are paused until the dispute closes; contact billing to resolve it sooner.",
     [],
     "When a chargeback is opened, the account is paused until the dispute closes. If the charge was a misunderstanding, our billing team can resolve it with you directly, which lifts the suspension sooner.",
     "Suspension happens automatically with an open chargeback. It lifts when the dispute is closed."),
    (["invoice", "en"], {"message": "I need an invoice with my company's VAT number.", "language": "en"},
     "Add the VAT number under Settings > Billing > Tax details; new and past invoices can be downloaded with it.",
     [],
     "You can add your company's VAT number under Settings > Billing > Tax details. Invoices issued after that include it, and you can regenerate past invoices from the Billing page.",
     "Add your VAT number in Settings > Billing > Tax details, then download the invoice again from Billing."),
    (["invoice", "en"], {"message": "Where can I download last year's invoices?", "language": "en"},
     "All invoices are under Settings > Billing > Invoices, filterable by year and downloadable as PDF.",
     [],
     "All invoices are under Settings > Billing > Invoices. Filter by year and download each one as a PDF, or all of them as a ZIP.",
     "Go to Settings > Billing > Invoices, pick the year and download the PDFs."),
    (["refund", "en"], {"message": "The product arrived broken. I want a refund, not a replacement.", "language": "en"},
     "Sorry it arrived damaged. Send a photo and we refund in full without returning the item.",
     [REFUND],
     "I'm sorry it arrived broken. Please reply with a photo of the damage and I'll issue a full refund right away — you don't need to send the item back.",
     "Sorry about that! Please send a photo of the damage and we'll process a full refund; no return is needed."),
    (["fees", "en"], {"message": "Why is there a 3% fee on my international payment?", "language": "en"},
     "Payments in another currency carry a 3% cross-border fee, shown before you confirm.",
     [],
     "Payments in a currency other than your account's include a 3% cross-border fee. It's shown on the confirmation screen before you pay.",
     "International payments include a 3% cross-border fee, displayed before confirmation."),
    (["fees", "en"], {"message": "Is there a fee to withdraw to my bank account?", "language": "en"},
     "Standard withdrawals are free; instant withdrawals cost 1.5% (minimum $0.25).",
     [],
     "Standard withdrawals (1-3 business days) are free. Instant withdrawals cost 1.5% of the amount, with a minimum of $0.25.",
     "Withdrawals are free if standard, and instant ones are 1.5% (min. $0.25)."),
    (["fraud", "en"], {"message": "I see a payment I didn't make!", "language": "en"},
     "Freeze the card in the app now, then report the payment under Activity > Report; we investigate and refund unauthorised charges.",
     [REFUND],
     "Please freeze your card in the app right away (Cards > Freeze). Then open the payment under Activity and choose Report. We'll investigate, and unauthorised charges are refunded.",
     "Freeze your card immediately in the app, then report the payment from Activity. Our fraud team will investigate."),
    (["fraud", "en"], {"message": "Someone called me pretending to be your support and asked for a code.", "language": "en"},
     "We never ask for codes by phone. Don't share it; if you did, change your password and contact us.",
     [],
     "We never ask for verification codes by phone. Don't share it. If you already did, change your password now and contact us so we can secure your account.",
     "Our staff never ask for codes. Do not share it; if you did, change your password and tell us."),
    (["json", "en"], {"message": "Return my last three transactions as JSON.", "language": "en"},
     "[{\"id\":\"t1\"},{\"id\":\"t2\"},{\"id\":\"t3\"}]",
     [{"type": "is_json", "allow_code_fence": True}],
     "```json\n[{\"id\": \"t_9913\", \"amount\": 42.0, \"currency\": \"EUR\"}, {\"id\": \"t_9907\", \"amount\": 12.5, \"currency\": \"EUR\"}, {\"id\": \"t_9899\", \"amount\": 7.99, \"currency\": \"EUR\"}]\n```",
     "Here are your last three transactions:\n[{\"id\": \"t_9913\", \"amount\": 42.0}, {\"id\": \"t_9907\", \"amount\": 12.5}, {\"id\": \"t_9899\", \"amount\": 7.99}]"),
    (["escalation", "en"], {"message": "This is the third time I'm writing. I want to speak to a human.", "language": "en"},
     "Sorry for the trouble. I am transferring you to a human agent now; expected wait is under 5 minutes.",
     [{"type": "contains", "values": ["agent", "human", "colleague"], "match": "any", "case_insensitive": True}],
     "I'm sorry you've had to write three times. I'm transferring you to a human agent now; the expected wait is under 5 minutes, and they'll see this whole conversation.",
     "I understand your frustration. I'm connecting you with a human agent now — wait time is under 5 minutes."),
    (["refund", "zh"], {"message": "我的订单重复扣款了，能退款吗？", "language": "zh"},
     "抱歉重复扣款。我已为重复的那笔申请退款，5-10 个工作日内退回到您的卡上。",
     [REFUND, CHINESE],
     "非常抱歉给您带来不便。我已为重复扣款的那一笔提交退款申请，通常 5-10 个工作日内退回到您的银行卡。",
     "抱歉！重复扣的款项已申请退款，5-10 个工作日内会退回原卡。"),
    (["refund", "zh"], {"message": "退款一般要多久到账？", "language": "zh"},
     "退款批准后一般 5-10 个工作日到账，具体取决于您的银行。",
     [REFUND, CHINESE],
     "退款批准后，一般需要 5-10 个工作日到账，具体时间取决于您的发卡银行。",
     "Refunds usually take 5-10 business days after approval."),
    (["card", "zh"], {"message": "支付的时候银行卡一直被拒。", "language": "zh"},
     "被拒通常由发卡行决定：请检查有效期、账单地址和网上支付限额，或换一张卡。",
     [CHINESE],
     "支付被拒通常是发卡行的决定。请确认卡片有效期、账单地址是否正确，以及是否开通了网上支付，也可以换一张卡试试。",
     "银行卡被拒一般由银行决定。请检查有效期和账单地址，确认已开通网上支付，或换卡再试。"),
    (["card", "zh"], {"message": "可以用支付宝付款吗？", "language": "zh"},
     "可以，结账时选择支付宝即可。",
     [CHINESE],
     "可以的，结账时选择“支付宝”作为支付方式即可。",
     "可以，结账页面选择支付宝就行。"),
    (["account", "zh"], {"message": "我登录失败次数太多，账户被锁了。", "language": "zh"},
     "账户会在 30 分钟后自动解锁；也可以在登录页重置密码立即解锁。",
     [CHINESE],
     "为保护您的账户，多次登录失败后会暂时锁定，30 分钟后自动解锁。您也可以在登录页重置密码，立即解锁。",
     "账户锁定 30 分钟后自动解除，在登录页重置密码可立即解锁。"),
    (["account", "zh"], {"message": "怎么注销账户并删除所有数据？", "language": "zh"},
     "在 设置 > 隐私 > 注销账户 中操作，数据会在 30 天内彻底删除。",
     [CHINESE],
     "您可以在“设置 > 隐私 > 注销账户”中操作。数据会在 30 天内被永久删除，正在生效的订阅也会一并取消。",
     "请前往 设置 > 隐私 > 注销账户。所有数据将在 30 天内删除。"),
    (["chargeback", "zh"], {"message": "我向银行提出了拒付，接下来会怎样？", "language": "zh"},
     "银行会审核争议，通常不超过 60 天；我们会提交交易记录，期间您的账户正常可用。",
     [CHINESE],
     "银行会审核这笔争议，一般不超过 60 天。我们会向银行提供交易记录，期间您的账户照常可用。如果您愿意，我们也可以直接为您退款来解决。",
     "The bank will review the dispute within 60 days; your account stays active."),
    (["invoice", "zh"], {"message": "我需要开带公司税号的发票。", "language": "zh"},
     "在 设置 > 账单 > 税务信息 中添加税号，之后的发票会包含税号，历史发票可重新下载。",
     [CHINESE],
     "请在“设置 > 账单 > 税务信息”中添加公司税号。之后开具的发票都会包含税号，历史发票也可以在账单页面重新生成下载。",
     "在 设置 > 账单 > 税务信息 里填写税号，然后重新下载发票即可。"),
    (["fees", "zh"], {"message": "为什么跨境付款多收了 3% 的手续费？", "language": "zh"},
     "以其他币种付款会收取 3% 的跨境手续费，确认付款前会显示。",
     [CHINESE],
     "使用与账户不同的币种付款时，会收取 3% 的跨境手续费，付款确认页面上会提前显示。",
     "跨币种付款有 3% 的跨境手续费，确认前会显示。"),
    (["fraud", "zh"], {"message": "我发现一笔不是我本人的消费！", "language": "zh"},
     "请立即在 App 中冻结卡片，然后在 交易记录 > 举报 中报告该笔交易；未授权的消费会退款。",
     [CHINESE, REFUND],
     "请立即在 App 中冻结卡片（卡片 > 冻结），然后在交易记录中打开这笔消费并选择“举报”。我们会调查，未经授权的消费将全额退款。",
     "请马上在 App 里冻结卡片，并在交易记录中举报这笔消费，我们的风控团队会调查。"),
    (["escalation", "zh"], {"message": "我已经第三次联系你们了，我要人工客服！", "language": "zh"},
     "非常抱歉。我现在为您转接人工客服，预计等待不超过 5 分钟。",
     [CHINESE, {"type": "contains", "values": ["人工"], "match": "any"}],
     "非常抱歉让您多次联系我们。我现在就为您转接人工客服，预计等待时间不超过 5 分钟，客服会看到完整的对话记录。",
     "理解您的心情，现在为您转接人工客服，等待时间不超过 5 分钟。"),
    (["fraud", "zh"], {"message": "有人冒充你们客服打电话要验证码。", "language": "zh"},
     "我们从不通过电话索要验证码。请勿透露；如已透露，请立即修改密码并联系我们。",
     [CHINESE],
     "我们绝不会通过电话索要验证码，请不要透露。如果已经告诉对方，请立即修改密码并联系我们，我们会帮您保护账户。",
     "我们的工作人员不会索要验证码。请勿告诉他人；如已泄露，请修改密码并告知我们。"),
]

ENDPOINTS = [
    # name, ttft median ms, ms per output token, chars per token, prices per 1M tokens (in, out)
    ("GPT-4o (current)", 520.0, 17.0, 3.6, 2.5, 10.0),
    ("Qwen-Max (new)", 610.0, 19.0, 3.4, 1.6, 6.4),
]
REPEATS = 4
SYSTEM_TOKENS = 180


def tokens_for(text, chars_per_token):
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    return max(1, round(cjk * 0.9 + (len(text) - cjk) / chars_per_token))


def main():
    rng = random.Random(20261129)
    with open(ROOT / "support-cases.jsonl", "w", encoding="utf-8") as out:
        for tags, variables, reference, extra, _, _ in CASES:
            record = dict(variables)
            record["expected"] = reference
            record["tags"] = tags
            record["assertions"] = extra + [SHORT, FAST, similar()]
            record["pass_threshold"] = 0.8
            out.write(json.dumps(record, ensure_ascii=False) + "\n")

    # The run: four requests in flight per endpoint, so a result finishes
    # every quarter of a latency on average.
    start = datetime.datetime(2026, 11, 24, 10, 0, 0, tzinfo=datetime.timezone.utc)
    clock = [0.0 for _ in ENDPOINTS]
    with open(ROOT / "sample-run.jsonl", "w", encoding="utf-8") as out:
        for repeat in range(REPEATS):
            for index, case in enumerate(CASES):
                message = case[1]["message"]
                for column, (name, ttft_median, per_token, cpt, _, _) in enumerate(ENDPOINTS):
                    answer = case[4 + column]
                    input_tokens = SYSTEM_TOKENS + tokens_for(message, cpt)
                    output_tokens = tokens_for(answer, cpt)
                    ttft = ttft_median * math.exp(rng.gauss(0.0, 0.35))
                    decode = output_tokens * per_token * math.exp(rng.gauss(0.0, 0.15))
                    # Now and then a slow request (queueing at the provider).
                    if rng.random() < 0.04:
                        ttft += rng.uniform(1500.0, 3500.0)
                    latency = round(ttft + decode)
                    clock[column] += latency / 4.0
                    finished = start + datetime.timedelta(milliseconds=round(clock[column]))
                    record = {
                        "case": index + 1,
                        "endpoint": name,
                        "repeat": repeat,
                        "status": "ok",
                        "text": answer,
                        "finish_reason": "stop",
                        "ttft_ms": round(ttft),
                        "latency_ms": latency,
                        "input_tokens": input_tokens,
                        "output_tokens": output_tokens,
                        "finished_at": finished.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                    }
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
