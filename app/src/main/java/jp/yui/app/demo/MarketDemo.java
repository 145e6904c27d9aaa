package jp.yui.app.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import jp.yui.app.market.usecase.Producers;
import jp.yui.app.market.usecase.Products;
import jp.yui.app.market.usecase.SalesPoints;
import jp.yui.app.market.usecase.Settlements;
import jp.yui.app.market.usecase.Tills;
import jp.yui.app.web.Views;
import jp.yui.domain.market.api.BankAccount;
import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.InvoiceRegistration;
import jp.yui.domain.market.api.Payment;
import jp.yui.domain.market.api.ProducerDetails;
import jp.yui.domain.market.api.RefundLine;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.api.TaxCategory;
import jp.yui.domain.market.api.Tender;
import jp.yui.domain.market.query.SalesPointView;
import jp.yui.domain.market.query.SettlementItemView;
import jp.yui.domain.shared.query.ViewStore;

/**
 * The demo's farm stand and market (直売所・マルシェ), through the same use cases as the till page and the office: みなと
 * 直売所 (湊, two tills) with a dozen producers' seasonal goods over fiscal year 2025 — about ¥1.5 million, as the
 * organization reports — with a few voids and refunds, the daily close now and then a little over or short, and each
 * producer's monthly settlement (精算); and one おおとマルシェ day (大戸, autumn 2025, three tills). The year is planned
 * first from a seeded random ({@link #plan}), so it is the same on every machine; each business day is then one task.
 * Names, phone numbers and accounts are made up.
 */
final class MarketDemo {

    static final String FARM_ORG = "minato";
    static final String MARKET_ORG = "oto";
    static final LocalDate MARKET_DAY = LocalDate.of(2025, 10, 19);
    private static final String SEEDER = "demo";
    private static final int FLOAT_YEN = 20_000;

    /** A producer of the demo; {@code invoiceBase}, when set, is the 12 digits after the check digit. */
    record Producer(String org, String number, String name, String kana, int basisPoints,
                    Map<String, Integer> byGroup, String invoiceBase) {
    }

    /** A product and the months (1–12) it is on sale, and how often it is picked against the others. */
    record Product(String org, String code, String name, String producerNumber, String group, int priceYen,
                   TaxCategory tax, Set<Integer> months, int weight) {
    }

    static final List<Producer> PRODUCERS = List.of(
            new Producer(FARM_ORG, "001", "佐藤 正一", "さとう しょういち", 1500, Map.of(), "180301018771"),
            new Producer(FARM_ORG, "002", "鈴木 和子", "すずき かずこ", 1500, Map.of(), null),
            new Producer(FARM_ORG, "003", "渡部 清", "わたなべ きよし", 1800, Map.of("加工品", 2000), "270001045123"),
            new Producer(FARM_ORG, "004", "星 幸子", "ほし さちこ", 1500, Map.of(), null),
            new Producer(FARM_ORG, "005", "五十嵐 茂", "いがらし しげる", 2000, Map.of(), null),
            new Producer(FARM_ORG, "006", "長谷川 節子", "はせがわ せつこ", 1500, Map.of(), "320001099874"),
            new Producer(FARM_ORG, "007", "菅野 弘", "かんの ひろし", 1800, Map.of(), null),
            new Producer(FARM_ORG, "008", "遠藤 久子", "えんどう ひさこ", 1500, Map.of(), null),
            new Producer(FARM_ORG, "009", "小林 勇", "こばやし いさむ", 1700, Map.of(), null),
            new Producer(FARM_ORG, "010", "斎藤 トシ", "さいとう とし", 1500, Map.of(), null),
            new Producer(FARM_ORG, "011", "目黒 花江", "めぐろ はなえ", 2000, Map.of(), null),
            new Producer(FARM_ORG, "012", "荒井 米吉", "あらい よねきち", 1600, Map.of(), "470301012345"),
            new Producer(MARKET_ORG, "M01", "大竹 みどり", "おおたけ みどり", 1000, Map.of(), null),
            new Producer(MARKET_ORG, "M02", "穴沢 誠", "あなざわ まこと", 1000, Map.of(), "560001077770"),
            new Producer(MARKET_ORG, "M03", "闇川 工房", "くらがわ こうぼう", 1000, Map.of(), null),
            new Producer(MARKET_ORG, "M04", "大戸 婦人会", "おおと ふじんかい", 500, Map.of(), null));

    private static Set<Integer> months(int... m) {
        Set<Integer> set = new java.util.TreeSet<>();
        for (int i : m) {
            set.add(i);
        }
        return set;
    }

    private static final Set<Integer> ALL_YEAR = months(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

    static final List<Product> PRODUCTS = List.of(
            new Product(FARM_ORG, "101", "アスパラガス", "001", "野菜", 300, TaxCategory.FOOD, months(4, 5, 6), 6),
            new Product(FARM_ORG, "102", "トマト", "001", "野菜", 250, TaxCategory.FOOD, months(6, 7, 8, 9), 8),
            new Product(FARM_ORG, "103", "きゅうり", "002", "野菜", 150, TaxCategory.FOOD, months(6, 7, 8, 9), 8),
            new Product(FARM_ORG, "104", "なす", "002", "野菜", 150, TaxCategory.FOOD, months(7, 8, 9), 6),
            new Product(FARM_ORG, "105", "ほうれん草", "004", "野菜", 150, TaxCategory.FOOD,
                    months(10, 11, 12, 1, 2, 3, 4), 6),
            new Product(FARM_ORG, "106", "大根", "004", "野菜", 150, TaxCategory.FOOD, months(10, 11, 12, 1, 2), 5),
            new Product(FARM_ORG, "107", "じゃがいも", "005", "野菜", 200, TaxCategory.FOOD, months(7, 8, 9, 10), 5),
            new Product(FARM_ORG, "108", "かぼちゃ", "005", "野菜", 300, TaxCategory.FOOD, months(8, 9, 10, 11), 4),
            new Product(FARM_ORG, "109", "こごみ（山菜）", "007", "野菜", 300, TaxCategory.FOOD, months(4, 5), 5),
            new Product(FARM_ORG, "110", "えだまめ", "007", "野菜", 250, TaxCategory.FOOD, months(8, 9), 6),
            new Product(FARM_ORG, "201", "会津身不知柿", "008", "果物", 400, TaxCategory.FOOD, months(10, 11, 12), 6),
            new Product(FARM_ORG, "202", "りんご", "008", "果物", 350, TaxCategory.FOOD, months(9, 10, 11, 12, 1, 2),
                    5),
            new Product(FARM_ORG, "203", "ブルーベリー", "009", "果物", 500, TaxCategory.FOOD, months(7, 8), 4),
            new Product(FARM_ORG, "204", "すいか", "009", "果物", 900, TaxCategory.FOOD, months(7, 8), 2),
            new Product(FARM_ORG, "301", "味噌", "003", "加工品", 600, TaxCategory.FOOD, ALL_YEAR, 2),
            new Product(FARM_ORG, "302", "漬物", "003", "加工品", 300, TaxCategory.FOOD, ALL_YEAR, 4),
            new Product(FARM_ORG, "303", "干し柿", "010", "加工品", 500, TaxCategory.FOOD, months(11, 12, 1, 2, 3), 4),
            new Product(FARM_ORG, "304", "おこわ", "010", "加工品", 350, TaxCategory.FOOD, ALL_YEAR, 4),
            new Product(FARM_ORG, "305", "こしひかり 2kg", "012", "米", 1100, TaxCategory.FOOD, ALL_YEAR, 2),
            new Product(FARM_ORG, "401", "切り花", "011", "花", 500, TaxCategory.OTHER,
                    months(3, 4, 5, 6, 7, 8, 9, 10, 11, 12), 3),
            new Product(FARM_ORG, "402", "野菜の苗", "006", "苗", 100, TaxCategory.OTHER, months(4, 5, 6), 4),
            new Product(FARM_ORG, "403", "竹かご", "006", "工芸品", 1500, TaxCategory.OTHER, ALL_YEAR, 1),
            new Product(MARKET_ORG, "M101", "新米 2kg", "M01", "米", 1200, TaxCategory.FOOD, ALL_YEAR, 3),
            new Product(MARKET_ORG, "M102", "なめこ", "M01", "きのこ", 200, TaxCategory.FOOD, ALL_YEAR, 5),
            new Product(MARKET_ORG, "M201", "焼き菓子", "M02", "加工品", 300, TaxCategory.FOOD, ALL_YEAR, 5),
            new Product(MARKET_ORG, "M202", "コーヒー", "M02", "加工品", 400, TaxCategory.FOOD, ALL_YEAR, 3),
            new Product(MARKET_ORG, "M301", "木工の小物", "M03", "工芸品", 800, TaxCategory.OTHER, ALL_YEAR, 2),
            new Product(MARKET_ORG, "M401", "豚汁", "M04", "加工品", 300, TaxCategory.FOOD, ALL_YEAR, 6));

    /** How much busier a month is than the average (summer high, winter low). */
    private static final double[] SEASON = {0, 0.5, 0.5, 0.6, 0.8, 1.0, 1.05, 1.35, 1.45, 1.25, 1.25, 1.0, 0.8};

    // --- the plan ---------------------------------------------------------------------------------------------

    record Line(String productCode, int quantity, int priceYen, boolean eatIn) {
        int amountYen() {
            return quantity * priceYen;
        }
    }

    /** A sale; a void takes back its last line, a refund one of its first line. */
    record Sale(String saleId, int hour, int minute, List<Line> lines, Tender tender, boolean voidLast,
                boolean refundOne) {
    }

    /** One till's business day: its sales and how far the counted cash is off. */
    record TillDay(String org, String salesPoint, int till, LocalDate date, List<Sale> sales, int cashOffYen) {
    }

    /** The whole demo year, made from the seeded random alone. */
    static List<TillDay> plan(Random random) {
        Map<String, Product> byCode = new HashMap<>();
        PRODUCTS.forEach(p -> byCode.put(p.code(), p));
        List<TillDay> days = new ArrayList<>();
        for (LocalDate date = DemoData.FY_START; !date.isAfter(DemoData.FY_END); date = date.plusDays(1)) {
            LocalDate day = date;
            if (!farmStandOpen(day, random)) {
                continue;
            }
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            double expected = 4.7 * SEASON[day.getMonthValue()] * (weekend ? 1.6 : 1.0);
            int receipts = Math.max(1, (int) Math.round(expected + random.nextGaussian() * Math.sqrt(expected)));
            List<Product> inSeason = PRODUCTS.stream().filter(p -> p.org().equals(FARM_ORG)
                    && p.months().contains(day.getMonthValue())).toList();
            int tills = weekend && receipts > 7 ? 2 : 1;
            List<List<Sale>> byTill = new ArrayList<>();
            for (int t = 0; t < tills; t++) {
                byTill.add(new ArrayList<>());
            }
            for (int i = 0; i < receipts; i++) {
                int minutes = 9 * 60 + i * (8 * 60) / receipts + random.nextInt(5);
                byTill.get(i % tills).add(sale(day, i, minutes, inSeason, 1 + random.nextInt(3), false, random));
            }
            for (int t = 0; t < tills; t++) {
                days.add(new TillDay(FARM_ORG, "farm", t, day, byTill.get(t), cashOff(random)));
            }
        }
        List<Product> market = PRODUCTS.stream().filter(p -> p.org().equals(MARKET_ORG)).toList();
        for (int t = 0; t < 3; t++) {
            List<Sale> sales = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int minutes = 10 * 60 + i * 5 + random.nextInt(4);
                sales.add(sale(MARKET_DAY, t * 1000 + i, minutes, market, 1 + random.nextInt(3), true, random));
            }
            days.add(new TillDay(MARKET_ORG, "market", t, MARKET_DAY, sales, t == 1 ? -10 : 0));
        }
        return days;
    }

    /** Closed on Tuesdays (定休日), over the new year (12/29–1/3), on winter weekdays but Friday, and now and then. */
    private static boolean farmStandOpen(LocalDate day, Random random) {
        int month = day.getMonthValue();
        boolean newYear = month == 12 && day.getDayOfMonth() >= 29 || month == 1 && day.getDayOfMonth() <= 3;
        boolean winter = month == 1 || month == 2;
        DayOfWeek weekday = day.getDayOfWeek();
        boolean winterWeekday = winter && weekday != DayOfWeek.FRIDAY && weekday != DayOfWeek.SATURDAY
                && weekday != DayOfWeek.SUNDAY;
        return weekday != DayOfWeek.TUESDAY && !newYear && !winterWeekday && random.nextInt(25) != 0;
    }

    private static int cashOff(Random random) {
        return switch (random.nextInt(14)) {
            case 0 -> -10;
            case 1 -> 10;
            case 2 -> -100;
            default -> 0;
        };
    }

    private static Sale sale(LocalDate day, int index, int minutes, List<Product> choices, int lines, boolean market,
                             Random random) {
        int totalWeight = choices.stream().mapToInt(Product::weight).sum();
        Map<String, Line> chosen = new LinkedHashMap<>();
        for (int l = 0; l < lines; l++) {
            int pick = random.nextInt(totalWeight);
            Product product = choices.get(choices.size() - 1);
            for (Product p : choices) {
                pick -= p.weight();
                if (pick < 0) {
                    product = p;
                    break;
                }
            }
            int quantity = random.nextInt(10) < 7 ? 1 : random.nextInt(4) < 3 ? 2 : 3;
            // At the market the 豚汁 is eaten at the tables: food at 10 %.
            boolean eatIn = market && product.code().equals("M401");
            chosen.merge(product.code(), new Line(product.code(), quantity, product.priceYen(), eatIn),
                    (a, b) -> new Line(a.productCode(), a.quantity() + b.quantity(), a.priceYen(), a.eatIn()));
        }
        Tender tender = random.nextInt(100) < (market ? 30 : 15) ? Tender.CASHLESS : Tender.CASH;
        boolean voidLast = chosen.size() > 1 && random.nextInt(70) == 0;
        boolean refundOne = !voidLast && random.nextInt(220) == 0;
        return new Sale("demo-" + day + "-" + index, minutes / 60, minutes % 60, List.copyOf(chosen.values()),
                tender, voidLast, refundOne);
    }

    /** The net sales the plan makes at a sales point ("farm" or "market"): sales less voids and refunds. */
    static long plannedNet(List<TillDay> plan, String salesPoint) {
        long net = 0;
        for (TillDay day : plan) {
            if (!day.salesPoint().equals(salesPoint)) {
                continue;
            }
            for (Sale sale : day.sales()) {
                net += sale.lines().stream().mapToInt(Line::amountYen).sum();
                if (sale.voidLast()) {
                    net -= sale.lines().get(sale.lines().size() - 1).amountYen();
                }
                if (sale.refundOne()) {
                    net -= sale.lines().get(0).priceYen();
                }
            }
        }
        return net;
    }

    /** 12 digits and their check digit in front (法人番号の検査用数字): "T" + check + the 12 digits. */
    static String invoiceNumber(String base) {
        int sum = 0;
        for (int i = 1; i <= 12; i++) {
            int digit = base.charAt(12 - i) - '0';
            sum += digit * (i % 2 == 1 ? 1 : 2);
        }
        return "T" + (9 - sum % 9) + base;
    }

    // --- carrying it out through the use cases ------------------------------------------------------------------

    private final SalesPoints salesPoints;
    private final Producers producers;
    private final Products products;
    private final Tills tills;
    private final Settlements settlements;
    private final ViewStore<SettlementItemView> settlementItems;
    private final Runnable sent;

    private final Map<String, SalesPointView> points = new HashMap<>();
    private final Map<String, String> producerIds = new LinkedHashMap<>();
    private final Map<String, String> productIds = new HashMap<>();
    /** The last settlement item of each till day, awaited before the settlements: then every item is known. */
    private final ConcurrentLinkedQueue<Runnable> lastItemsSeen = new ConcurrentLinkedQueue<>();

    MarketDemo(SalesPoints salesPoints, Producers producers, Products products, Tills tills,
               Settlements settlements, ViewStore<SettlementItemView> settlementItems, Runnable sent) {
        this.settlementItems = settlementItems;
        this.salesPoints = salesPoints;
        this.producers = producers;
        this.products = products;
        this.tills = tills;
        this.settlements = settlements;
        this.sent = sent;
    }

    /** Registers the sales points, producers and products; answers each till day of the year as a task. */
    List<Runnable> setUp(Random random) {
        points.put("farm", register(FARM_ORG, "みなと直売所", SalesPointKind.FARM_STAND, List.of("レジ1", "レジ2")));
        points.put("market", register(MARKET_ORG, "おおとマルシェ", SalesPointKind.MARKET,
                List.of("受付A", "受付B", "受付C")));
        for (Producer p : PRODUCERS) {
            sent.run();
            String phone = "0242-%02d-%04d".formatted(10 + random.nextInt(90), random.nextInt(10_000));
            BankAccount bank = new BankAccount("会津農業協同組合", "湊支店", "普通",
                    "%07d".formatted(random.nextInt(10_000_000)), p.kana());
            producerIds.put(p.number(), producers.register(p.org(), new Producers.Registration(p.number(),
                    new ProducerDetails(p.name(), p.kana(), phone, "会津若松市", bank),
                    new CommissionTerms(p.basisPoints(), p.byGroup()), p.invoiceBase() == null ? null
                    : new InvoiceRegistration(invoiceNumber(p.invoiceBase()), LocalDate.of(2023, 10, 1), null)),
                    SEEDER));
        }
        for (Producer p : PRODUCERS) {
            await(() -> producers.find(p.org(), producerIds.get(p.number())));
        }
        for (Product p : PRODUCTS) {
            sent.run();
            productIds.put(p.code(), products.register(p.org(), new Products.Registration(p.code(), p.name(),
                    producerIds.get(p.producerNumber()), p.group(), p.priceYen(), p.tax()), SEEDER));
        }
        for (Product p : PRODUCTS) {
            await(() -> products.find(p.org(), productIds.get(p.code())));
        }
        return plan(random).stream().map(day -> (Runnable) () -> tillDay(day)).toList();
    }

    private SalesPointView register(String org, String name, SalesPointKind kind, List<String> tillNames) {
        sent.run();
        String id = salesPoints.register(org, name, kind, tillNames, SEEDER);
        return await(() -> {
            SalesPointView view = salesPoints.find(org, id);
            return view.tills().size() == tillNames.size() ? view : null;
        });
    }

    private void tillDay(TillDay day) {
        SalesPointView point = points.get(day.salesPoint());
        String tillId = point.tills().get(day.till()).tillId();
        sent.run();
        String session = tills.open(day.org(), point.salesPointId(), tillId, day.date(), FLOAT_YEN, SEEDER,
                day.date().atTime(8, 45));
        int cash = FLOAT_YEN;
        int cashless = 0;
        String lastItem = null;
        for (Sale sale : day.sales()) {
            LocalDateTime at = day.date().atTime(sale.hour(), sale.minute());
            List<Tills.LineRequest> lines = new ArrayList<>();
            int total = 0;
            for (int i = 0; i < sale.lines().size(); i++) {
                Line line = sale.lines().get(i);
                lines.add(new Tills.LineRequest("l" + (i + 1), productIds.get(line.productCode()), line.quantity(),
                        line.priceYen(), line.eatIn()));
                total += line.amountYen();
            }
            int tendered = sale.tender() == Tender.CASH ? (total + 999) / 1000 * 1000 : total;
            sent.run();
            Tills.Receipt receipt = tills.sell(day.org(), session, new Tills.Sale(sale.saleId(), lines,
                    List.of(new Payment(sale.tender(), total, tendered)), at), SEEDER);
            lastItem = sale.saleId() + "/l1";
            int back = 0;
            if (sale.voidLast()) {
                int last = sale.lines().size();
                sent.run();
                tills.voidSale(day.org(), session, new Tills.Void(sale.saleId() + "-void", sale.saleId(),
                        List.of("l" + last), sale.tender(), "打ち間違い", at.plusMinutes(1)), SEEDER);
                back = sale.lines().get(last - 1).amountYen();
                lastItem = sale.saleId() + "-void/l" + last;
            }
            if (sale.refundOne()) {
                sent.run();
                refund(day.org(), session, sale, receipt.receiptNumber(), at.plusMinutes(30));
                back = sale.lines().get(0).priceYen();
                lastItem = sale.saleId() + "-refund/l1";
            }
            if (sale.tender() == Tender.CASH) {
                cash += total - back;
            } else {
                cashless += total - back;
            }
        }
        sent.run();
        tills.close(day.org(), session, Map.of(Tender.CASH, cash + day.cashOffYen(), Tender.CASHLESS, cashless),
                SEEDER, day.date().atTime(17, 30));
        if (lastItem != null) {
            String item = session + "/" + lastItem;
            lastItemsSeen.add(() -> awaitItem(day.org(), item));
        }
    }

    /** A refund of one of the sale's first line, once the sale is known by its receipt number on the read side. */
    private void refund(String org, String session, Sale sale, String receiptNumber, LocalDateTime at) {
        await(() -> {
            tills.refund(org, session, new Tills.Refund(sale.saleId() + "-refund", receiptNumber,
                    List.of(new RefundLine("l1", 1)), sale.tender(), "傷みがあった", at), SEEDER);
            return true;
        });
    }

    private void awaitItem(String org, String itemId) {
        await(() -> settlementItems.find(itemId).filter(item -> item.organizationId().equals(org)).orElse(null));
    }

    /** Each producer's monthly settlement (精算) of the year, once every sale is in the settlement items. */
    void settleMonths() {
        lastItemsSeen.forEach(Runnable::run);
        for (Producer p : PRODUCERS) {
            String producerId = producerIds.get(p.number());
            YearMonth first = p.org().equals(MARKET_ORG) ? YearMonth.from(MARKET_DAY) : YearMonth.from(DemoData.FY_START);
            YearMonth last = p.org().equals(MARKET_ORG) ? YearMonth.from(MARKET_DAY) : YearMonth.from(DemoData.FY_END);
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                if (!month.equals(first)) {
                    awaitSettled(p.org(), producerId, month.minusMonths(1).atEndOfMonth());
                }
                sent.run();
                settlements.settle(p.org(), producerId, month.atDay(1), month.atEndOfMonth(), List.of(), SEEDER);
            }
        }
    }

    /**
     * Waits until the items up to {@code to} are marked settled on the read side, so that the next settlement does
     * not take them again (the producer's settled-to date and the items are kept by different processors).
     */
    private void awaitSettled(String org, String producerId, LocalDate to) {
        await(() -> settlementItems.findBy(org, SettlementItemView.UNSETTLED_BY_PRODUCER.name(), producerId).stream()
                .noneMatch(item -> !item.item().businessDate().isAfter(to)) ? true : null);
    }

    /** Waits for the read side to answer (a lookup that throws or gives null is not there yet). */
    private static <T> T await(Supplier<T> lookup) {
        return Views.awaitPresent(() -> {
            try {
                return Optional.ofNullable(lookup.get());
            } catch (RuntimeException notYet) {
                return Optional.empty();
            }
        }).orElseThrow(() -> new IllegalStateException("Demo data: the read side did not follow"));
    }
}
