"""Plausible rooms per venue category for the demo. Not surveyed: real venues publish few room lists."""

# name_en, name_zh, kind, capacity, interpretation booths, equipment
ROOMS_BY_CATEGORY = {
    "state_ceremonial": [
        ("Great Auditorium", "万人大礼堂", "plenary", 9000, 12, "simultaneous interpretation, broadcast"),
        ("State Banquet Hall", "国宴厅", "banquet", 5000, 6, "stage, simultaneous interpretation"),
        ("Golden Hall", "金色大厅", "banquet", 600, 4, "stage"),
        ("East Hall", "东大厅", "bilateral", 80, 2, "flags, press riser"),
        ("Fujian Hall", "福建厅", "bilateral", 40, 2, "flags"),
        ("Xinjiang Hall", "新疆厅", "bilateral", 40, 2, "flags"),
        ("Northern Hall", "北大厅", "holding", 300, 0, ""),
    ],
    "state_guesthouse": [
        ("Fangfei Garden", "芳菲苑", "plenary", 400, 6, "simultaneous interpretation"),
        ("Yangyuanzhai", "养源斋", "banquet", 120, 2, ""),
        ("Villa 5 Meeting Room", "5号楼会见厅", "bilateral", 40, 2, "flags"),
        ("Villa 12 Meeting Room", "12号楼会见厅", "bilateral", 40, 2, "flags"),
        ("Villa 18 Meeting Room", "18号楼会见厅", "bilateral", 60, 2, "flags"),
        ("Press Room", "新闻发布厅", "press", 150, 2, "broadcast"),
    ],
    "summit_retreat": [
        ("Jixian Hall", "集贤厅", "plenary", 300, 8, "roundtable, simultaneous interpretation"),
        ("Haiyan Hall", "海燕厅", "banquet", 200, 2, ""),
        ("Bilateral Room A", "双边会见室A", "bilateral", 40, 2, "flags"),
        ("Bilateral Room B", "双边会见室B", "bilateral", 40, 2, "flags"),
        ("Bilateral Room C", "双边会见室C", "bilateral", 30, 2, "flags"),
        ("Press Centre", "新闻中心", "press", 400, 4, "broadcast"),
        ("Leaders' Holding Room", "领导人休息室", "holding", 30, 0, ""),
    ],
    "convention_centre": [
        ("Plenary Hall", "大会堂", "plenary", 5000, 10, "simultaneous interpretation, broadcast"),
        ("Banquet Hall", "宴会厅", "banquet", 3000, 4, "stage"),
        ("Meeting Room 301", "301会议室", "other", 300, 4, "simultaneous interpretation"),
        ("Meeting Room 302", "302会议室", "other", 300, 4, "simultaneous interpretation"),
        ("Bilateral Room 1", "双边会见室1", "bilateral", 40, 2, "flags"),
        ("Bilateral Room 2", "双边会见室2", "bilateral", 40, 2, "flags"),
        ("Bilateral Room 3", "双边会见室3", "bilateral", 30, 2, "flags"),
        ("Press Centre", "新闻中心", "press", 800, 6, "broadcast"),
        ("Exhibition Hall", "展厅", "exhibition", 4000, 0, ""),
    ],
    "exhibition_centre": [
        ("Hall E1", "E1馆", "exhibition", 8000, 0, ""),
        ("Hall E2", "E2馆", "exhibition", 8000, 0, ""),
        ("Hall W1", "W1馆", "exhibition", 6000, 0, ""),
        ("Conference Hall", "会议厅", "plenary", 1200, 6, "simultaneous interpretation"),
        ("Negotiation Room 1", "洽谈室1", "bilateral", 20, 0, ""),
        ("Negotiation Room 2", "洽谈室2", "bilateral", 20, 0, ""),
        ("Press Room", "新闻室", "press", 200, 2, ""),
    ],
    "hotel": [
        ("Grand Ballroom", "大宴会厅", "banquet", 800, 4, "stage"),
        ("Function Room 1", "多功能厅1", "other", 150, 2, ""),
        ("Meeting Room A", "会议室A", "bilateral", 30, 1, "flags"),
        ("Meeting Room B", "会议室B", "bilateral", 20, 0, ""),
        ("VIP Lounge", "贵宾室", "holding", 20, 0, ""),
    ],
    "stadium": [
        ("Stands", "看台", "other", 80000, 0, ""),
        ("VIP Lounge", "贵宾厅", "holding", 200, 0, ""),
        ("Press Conference Room", "新闻发布厅", "press", 300, 4, "broadcast"),
    ],
    "culture": [
        ("Main Hall", "主厅", "plenary", 1500, 4, "stage"),
        ("Multi-function Hall", "多功能厅", "other", 400, 2, ""),
        ("VIP Reception Room", "贵宾接待室", "bilateral", 30, 1, "flags"),
    ],
    "airport": [
        ("VIP Terminal Hall", "贵宾厅", "holding", 120, 0, "arrival ceremonies"),
        ("State Guest Room", "国宾室", "bilateral", 20, 0, "flags"),
    ],
    "embassy_area": [],
    "embassy": [("Reception Hall", "接待厅", "other", 200, 0, "")],
}
