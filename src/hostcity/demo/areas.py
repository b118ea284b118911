"""The functional areas the Beijing document names ("one core, two axes, multiple sections")."""

AREAS = [
    # code, kind, name_en, name_zh, colour, description_en, description_zh
    ("core", "core", "Core area of the capital's functions", "首都功能核心区", "#c0392b",
     "Dongcheng and Xicheng: the seat of the central state organs and of state ceremonies.",
     "东城区和西城区：中央政务活动和国事活动的核心承载区。"),
    ("changan-axis", "axis", "Chang'an Avenue axis", "长安街轴线", "#d35400",
     "The east-west axis from Shougang in the west through Tiananmen to the CBD and the sub-centre.",
     "西起首钢、经天安门至商务中心区并延伸至城市副中心的东西轴线。"),
    ("central-axis", "axis", "Central axis", "中轴线", "#8e44ad",
     "The north-south axis through the old city, extended north to the Olympic area.",
     "贯穿老城并向北延伸至奥林匹克地区的南北中轴线。"),
    ("yanqi-lake", "section", "Yanqi Lake international conference resort", "雁栖湖国际会都", "#16a085",
     "Huairou: the island convention centre and villas used for leaders' summits (APEC 2014, Belt and Road Forum).",
     "怀柔：承接领导人峰会的雁栖岛会议中心与别墅群（2014年APEC、“一带一路”国际合作高峰论坛）。"),
    ("olympic-centre", "section", "Olympic central area", "奥林匹克中心区", "#2980b9",
     "The China National Convention Center, the National Stadium and the Olympic Green.",
     "国家会议中心、国家体育场与奥林匹克公园。"),
    ("shunyi-exhibition", "cluster", "Shunyi international exhibition cluster", "顺义国际会展集群", "#27ae60",
     "The China International Exhibition Center's new venue at Tianzhu.", "天竺中国国际展览中心新馆。"),
    ("tongzhou-subcentre", "section", "Beijing sub-centre (Tongzhou)", "城市副中心（通州）", "#f39c12",
     "The sub-centre's cultural facilities: performing arts centre, library and Grand Canal museum.",
     "城市副中心三大文化建筑：北京艺术中心、北京城市图书馆、北京大运河博物馆。"),
    ("fourth-embassy-area", "cluster", "Fourth Embassy Area", "第四使馆区", "#7f8c8d",
     "The embassy area under construction in Chaoyang.", "朝阳区正在建设的第四使馆区。"),
    ("capital-airport", "cluster", "Capital International Airport area", "首都国际机场临空区", "#34495e",
     "Arrivals of most delegations; the airport economic zone.", "多数代表团的抵离口岸；临空经济区。"),
    ("daxing-airport", "cluster", "Daxing International Airport area", "大兴国际机场临空区", "#2c3e50",
     "The second gateway, 46 km south of Tiananmen.", "第二国际航空口岸，距天安门约46公里。"),
]

# Which area each reference venue belongs to; venues not named here have none.
VENUE_AREAS = {
    "ghop": "core", "ghop_east_square": "core", "beijing_hotel": "core",
    "embassy_area_1": "changan-axis", "china_world_hotel": "changan-axis", "kerry_hotel": "changan-axis",
    "shougang_bigair": "changan-axis",
    "yanqi_iccc": "yanqi-lake", "sunrise_kempinski": "yanqi-lake",
    "cncc1": "olympic-centre", "cncc2": "olympic-centre", "national_stadium": "olympic-centre",
    "ciec_new1": "shunyi-exhibition", "ciec_new2": "shunyi-exhibition",
    "bj_performing_arts": "tongzhou-subcentre", "bj_library": "tongzhou-subcentre",
    "grand_canal_museum": "tongzhou-subcentre",
    "embassy_area_4": "fourth-embassy-area",
    "pek": "capital-airport", "pkx": "daxing-airport",
}

# Districts whose outline makes an area's outline (from the shipped schematic district file).
AREA_DISTRICTS = {"core": ("110101", "110102")}
