"""What each kind of letter says, in English and in Chinese. `{fields}` come from the letter's content
(register.py: content_for); both languages stand on one page, Chinese first."""

from __future__ import annotations

WORDING = {
    "invitation": {
        "title_zh": "邀请函",
        "title_en": "Letter of Invitation",
        "body_zh": (
            "{name_zh}（{name_en}）{position_zh}：\n"
            "{office_zh}谨邀请您作为{delegation_zh}代表团成员，出席于{start}至{end}在北京举行的{event_zh}。"
            "我们期待您的光临。"
        ),
        "body_en": (
            "Dear {name_en},\n"
            "The {office_en} has the honour to invite you, as a member of the delegation of {delegation_en}, "
            "to {event_en}, to be held in Beijing from {start} to {end}. We look forward to welcoming you."
        ),
    },
    "visa_support": {
        "title_zh": "签证邀请函",
        "title_en": "Visa-Support Letter",
        "body_zh": (
            "中华人民共和国驻外使领馆：\n"
            "兹有{delegation_zh}代表团成员{name_zh}（{name_en}），国籍{nationality_zh}，出生日期{birth_date}，"
            "护照号码{passport_number}（有效期至{passport_expiry}），应{office_zh}邀请，"
            "将于{start}至{end}来北京出席{event_zh}。请为其办理签证为盼。"
        ),
        "body_en": (
            "To the Embassies and Consulates of the People's Republic of China:\n"
            "{name_en}, member of the delegation of {delegation_en}, nationality {nationality}, born "
            "on {birth_date}, holder of passport {passport_number} (valid until {passport_expiry}), is "
            "invited by the {office_en} to {event_en} in Beijing from {start} to {end}. We should be "
            "grateful if you would issue the visa required."
        ),
    },
}
