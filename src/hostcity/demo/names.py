"""Names for the demo's delegates that fit their countries: family and given names by the
delegation's working language, each family name with a customary Chinese transliteration (Xinhua
style), so that a Kazakh delegation is not led by a Mr Rossi. Invented people, common names."""

# language -> [(family name, its Chinese form)], [given names]
NAMES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "ru": ([("Ivanov", "伊万诺夫"), ("Petrov", "彼得罗夫"), ("Smirnov", "斯米尔诺夫"), ("Nurlanov", "努尔兰诺夫"),
            ("Abdullaev", "阿卜杜拉耶夫"), ("Kuznetsov", "库兹涅佐夫"), ("Aliyev", "阿利耶夫"), ("Sokolov", "索科洛夫")],
           ["Alexei", "Dmitri", "Elena", "Olga", "Timur", "Aigerim", "Sergei", "Natalia"]),
    "ar": ([("Haddad", "哈达德"), ("Mansour", "曼苏尔"), ("Nasser", "纳赛尔"), ("Khalil", "哈利勒"),
            ("Saleh", "萨利赫"), ("Hassan", "哈桑"), ("Farouk", "法鲁克"), ("Aziz", "阿齐兹")],
           ["Ahmed", "Fatima", "Omar", "Layla", "Khaled", "Mona", "Youssef", "Noura"]),
    "en": ([("Mwangi", "姆万吉"), ("Santos", "桑托斯"), ("Tan", "陈"), ("Reyes", "雷耶斯"),
            ("Otieno", "奥蒂诺"), ("Lim", "林"), ("Cruz", "克鲁斯"), ("Kamau", "卡马乌")],
           ["Grace", "John", "Mary", "Peter", "Joseph", "Wei Ling", "Daniel", "Ruth"]),
    "de": ([("Bauer", "鲍尔"), ("Fischer", "菲舍尔"), ("Huber", "胡贝尔"), ("Steiner", "施泰纳"),
            ("Gruber", "格鲁伯"), ("Keller", "凯勒"), ("Wagner", "瓦格纳"), ("Meier", "迈尔")],
           ["Anna", "Lukas", "Katharina", "Stefan", "Julia", "Markus", "Sabine", "Thomas"]),
    "es": ([("García", "加西亚"), ("Muñoz", "穆尼奥斯"), ("Rojas", "罗哈斯"), ("Soto", "索托"),
            ("Contreras", "孔特雷拉斯"), ("Silva", "席尔瓦"), ("Vargas", "巴尔加斯"), ("Morales", "莫拉莱斯")],
           ["Camila", "Diego", "Valentina", "Matías", "Javiera", "Sebastián", "Francisca", "Tomás"]),
    "pt": ([("Silva", "席尔瓦"), ("Santos", "桑托斯"), ("Costa", "科斯塔"), ("Ferreira", "费雷拉"),
            ("Machel", "马谢尔"), ("Nhantumbo", "尼亚通博"), ("Pereira", "佩雷拉"), ("Sousa", "索萨")],
           ["João", "Ana", "Carlos", "Maria", "Luís", "Inês", "Armando", "Graça"]),
    "fr": ([("Ali", "阿里"), ("Houmed", "胡迈德"), ("Moussa", "穆萨"), ("Dubois", "迪布瓦"),
            ("Abdi", "阿卜迪"), ("Martin", "马丁"), ("Omar", "奥马尔"), ("Robleh", "罗布莱")],
           ["Fatouma", "Ismaïl", "Hawa", "Ahmed", "Aïcha", "Mahamoud", "Kadra", "Hassan"]),
    "el": ([("Papadopoulos", "帕帕佐普洛斯"), ("Georgiou", "耶奥尔尤"), ("Nikolaou", "尼古拉乌"), ("Christodoulou", "赫里斯托祖卢")],
           ["Nikos", "Eleni", "Giorgos", "Maria", "Andreas", "Sofia"]),
    "it": ([("Rossi", "罗西"), ("Bianchi", "比安基"), ("Romano", "罗马诺"), ("Colombo", "科隆博")],
           ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo"]),
}  # fmt: skip
# Languages of the demo without a pool of their own borrow one that is spoken in the region.
BORROW = {"uz": "ru", "tg": "ru", "kk": "ru", "sr": "ru", "cs": "de", "hu": "de", "am": "en", "ur": "en", "ne": "en",
          "id": "en", "ms": "en", "km": "en", "lo": "en", "my": "en", "th": "en", "vi": "en", "mn": "ru"}  # fmt: skip


def pool(language: str) -> tuple[list[tuple[str, str]], list[str]]:
    return NAMES.get(language) or NAMES[BORROW.get(language, "en")]
