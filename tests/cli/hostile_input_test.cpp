// Hostile inputs through the `cadena` command: each gets a clear error of its
// own or a sane result, and the ordinary documents run beside it come out
// exactly as they do without it. Big inputs are generated here, never stored.
// Time is bounded by the TIMEOUT ctest gives these tests (CMakeLists.txt).
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>

#include "run_cadena.hpp"

namespace {

using nlohmann::json;

// Ordinary documents: a news article, and JSONL lines around the hostile ones.
const std::string kArticle = CADENA_SOURCE_DIR "/corpus/001_89594c8156684479.txt";
const std::string kCalmLines =
    "{\"id\":\"calm1\",\"text\":\"El 3 de mayo de 2024 llegaron 1.500 personas a Madrid. Luego se "
    "fueron.\"}\n"
    "{\"id\":\"calm2\",\"text\":\"<p>Hola, <b>mundo</b>.</p><p>Otra frase "
    "aquí.</p>\",\"format\":\"html\"}\n";

// 32 bytes, so that big inputs made of them have round sizes.
const std::string kWords = "palabra otra palabra y otra vez ";

std::map<std::string, std::string> lines_by_id(const Result& r) {
  std::map<std::string, std::string> out;
  for (const std::string& line : r.lines())
    out[json::parse(line).at("id").get<std::string>()] = line;
  return out;
}

// The output lines of the ordinary documents run on their own.
const std::map<std::string, std::string>& calm_output() {
  static const std::map<std::string, std::string> out = [] {
    Scratch s;
    Result r = run_cadena("run " + kArticle + " " + s.write("calm.jsonl", kCalmLines));
    EXPECT_EQ(r.status, 0) << r.err;
    return lines_by_id(r);
  }();
  return out;
}

// Runs the ordinary documents with `hostile` (paths, already quoted where
// needed) between them, and checks theirs came out as when run alone.
Result run_beside_calm(Scratch& s, const std::string& hostile) {
  std::string calm_jsonl = s.write("zz_calm.jsonl", kCalmLines);
  Result r = run_cadena("run " + kArticle + " " + hostile + " " + calm_jsonl);
  std::map<std::string, std::string> got = lines_by_id(r);
  for (const auto& [id, line] : calm_output()) {
    auto it = got.find(id);
    if (it == got.end()) {
      ADD_FAILURE() << "document " << id << " is missing from the output\n" << r.err;
      continue;
    }
    EXPECT_EQ(it->second, line) << "document " << id << " changed beside the hostile input";
  }
  return r;
}

json output_of(const Result& r, const std::string& id) {
  for (const std::string& line : r.lines()) {
    json doc = json::parse(line);
    if (doc.at("id") == id) return doc;
  }
  ADD_FAILURE() << "no output for " << id << "\n" << r.err;
  return json::object();
}

// Layers' spans must lie inside the text, in order where the layer promises it.
void expect_spans_inside(const json& doc, const std::string& layer) {
  std::u32string_view::size_type length = 0;
  for (unsigned char c : doc.at("text").get<std::string>()) length += (c & 0xC0) != 0x80;
  for (const json& span : doc.at(layer)) {
    EXPECT_LE(span.at("start").get<std::uint64_t>(), span.at("end").get<std::uint64_t>()) << span;
    EXPECT_LE(span.at("end").get<std::uint64_t>(), length) << span;
  }
}

}  // namespace

TEST(HostileInput, InvalidUtf8AnywhereIsRefusedWithItsPosition) {
  Scratch s;
  // Inserted at every character boundary of a text with a two-byte letter.
  const std::string text = "Año. Dos.";
  const std::vector<std::size_t> boundaries = {0, 1, 3, 4, 5, 6, 7, 8, 9, 10};
  const std::vector<std::pair<std::string, std::string>> bad = {{"ff", "\xFF"},
                                                                {"continuation", "\x80"},
                                                                {"cut2", "\xC3"},
                                                                {"cut3", "\xE2\x82"},
                                                                {"overlong", "\xC0\xAF"},
                                                                {"surrogate", "\xED\xA0\x80"},
                                                                {"past_max", "\xF4\x90\x80\x80"}};
  std::string files;
  std::vector<std::pair<std::string, std::size_t>> expected;
  for (const auto& [name, bytes] : bad) {
    for (std::size_t at : boundaries) {
      std::string doc = text.substr(0, at) + bytes + text.substr(at);
      std::string path =
          s.write("bad_" + name + "_" + std::to_string(at) + (at % 2 ? ".html" : ".txt"), doc);
      files += path + " ";
      expected.emplace_back(path, at + 1);
    }
  }
  // In JSONL: raw in a string, and as an escaped lone surrogate.
  std::string jsonl = s.write("bad.jsonl",
                              "{\"id\":\"ok\",\"text\":\"Bien.\"}\n{\"text\":\"Mal \xFF.\"}\n"
                              "{\"text\":\"Mal \\ud800.\"}\n");
  Result r = run_beside_calm(s, files + jsonl);
  EXPECT_EQ(r.status, 1);
  for (const auto& [path, byte] : expected)
    EXPECT_TRUE(contains(
        r.err, path + ": invalid UTF-8 at line 1, byte " + std::to_string(byte) + " of the line"))
        << path << "\n"
        << r.err;
  EXPECT_TRUE(contains(r.err, jsonl + ":2: malformed JSON")) << r.err;
  EXPECT_TRUE(contains(r.err, jsonl + ":3: malformed JSON")) << r.err;
  EXPECT_EQ(output_of(r, "ok").at("text"), "Bien.");
}

// Found by fuzz/jsonl_fuzzer: a number past a double ended the whole run.
TEST(HostileInput, AJsonlNumberPastADoubleIsAnErrorOfItsLine) {
  Scratch s;
  std::string path = s.write("numbers.jsonl",
                             "{\"id\":\"a\",\"text\":\"Uno.\"}\n"
                             "{\"id\":\"b\",\"text\":\"Dos.\",\"n\":1e999}\n"
                             "{\"id\":\"c\",\"text\":\"Tres.\",\"n\":-1e400}\n"
                             "{\"id\":\"d\",\"text\":\"Cuatro.\"}\n");
  Result r = run_beside_calm(s, path);
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(contains(r.err, path + ":2: malformed JSON: a number too large for a double")) << r.err;
  EXPECT_TRUE(contains(r.err, path + ":3: malformed JSON: a number too large for a double")) << r.err;
  EXPECT_EQ(output_of(r, "a").at("text"), "Uno.");
  EXPECT_EQ(output_of(r, "d").at("text"), "Cuatro.");
}

TEST(HostileInput, NulBytesAreRefusedNearTheStartAndKeptFurtherIn) {
  Scratch s;
  std::string files;
  for (std::size_t at : {0, 1, 5, 7999}) {
    std::string doc = std::string(8000, 'a') + " Fin.";
    doc.insert(at, 1, '\0');
    std::string path = s.write("nul_" + std::to_string(at) + ".txt", doc);
    files += path + " ";
  }
  // Past the binary probe, inside tags, attributes and text of a page.
  std::string page = "<html><body><p>" + std::string(9000, 'x') + "</p><p>Texto" +
                     std::string(1, '\0') + " sigue.</p><p title=\"a" + std::string(1, '\0') +
                     "b\">Otra" + std::string(1, '\0') + "</p><d" + std::string(1, '\0') +
                     "iv>Fin del texto.</div></body></html>";
  std::string html = s.write("late_nul.html", page);
  std::string jsonl = s.write("nul.jsonl", "{\"id\":\"escaped_nul\",\"text\":\"\\u0000 Hola.\"}\n");
  Result r = run_beside_calm(s, files + html + " " + jsonl);
  EXPECT_EQ(r.status, 1);
  for (std::size_t at : {0, 1, 5, 7999})
    EXPECT_TRUE(contains(r.err, "nul_" + std::to_string(at) +
                                    ".txt: binary data (a NUL byte at line 1, byte " +
                                    std::to_string(at + 1)))
        << r.err;
  EXPECT_TRUE(contains(r.err, jsonl + ":1: binary data (a NUL byte at line 1, byte 1")) << r.err;
  json doc = output_of(r, "late_nul");
  EXPECT_TRUE(contains(doc.at("text").get<std::string>(), "Fin del texto.")) << doc.at("text");
  expect_spans_inside(doc, "sentences");
}

TEST(HostileInput, AHundredMegabyteLineIsRefusedByDefault) {
  Scratch s;
  std::string path = s.path("one_line.txt");
  {
    std::ofstream out(path, std::ios::binary);
    for (std::size_t n = 0; n < (100u << 20) / kWords.size(); ++n) out << kWords;
  }
  Result r = run_beside_calm(s, path);
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(contains(
      r.err, path + ": document too large: 104857600 bytes, the limit is 33554432 (--max-bytes)"))
      << r.err;
}

TEST(HostileInput, AFiftyMegabyteJsonlLineIsRefusedAndItsNeighboursRead) {
  Scratch s;
  std::string path = s.path("big_line.jsonl");
  {
    std::ofstream out(path, std::ios::binary);
    out << "{\"id\":\"before\",\"text\":\"Antes.\"}\n{\"id\":\"big\",\"text\":\"";
    for (std::size_t n = 0; n < (50u << 20) / kWords.size(); ++n) out << kWords;
    out << "\"}\n{\"id\":\"after\",\"text\":\"Después.\"}\n";
  }
  Result r = run_beside_calm(s, path);
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(contains(
      r.err, path + ":2: document too large: 52428800 bytes, the limit is 33554432 (--max-bytes)"))
      << r.err;
  EXPECT_EQ(output_of(r, "before").at("text"), "Antes.");
  EXPECT_EQ(output_of(r, "after").at("text"), "Después.");
}

TEST(HostileInput, HtmlNestedAHundredThousandDeepIsCleaned) {
  Scratch s;
  std::string files;
  for (std::string tag : {"div", "span", "b", "table", "x-custom"}) {
    std::string page;
    for (int i = 0; i < 100000; ++i) page += "<" + tag + ">";
    page += "Texto escondido en lo hondo. Llegó el 3 de mayo de 2024.";
    for (int i = 0; i < 100000; ++i) page += "</" + tag + ">";
    files += s.write("deep_" + tag + ".html", page) + " ";
  }
  Result r = run_beside_calm(s, files);
  EXPECT_EQ(r.status, 0) << r.err;
  for (std::string tag : {"div", "span", "b", "table", "x-custom"}) {
    json doc = output_of(r, "deep_" + tag);
    EXPECT_TRUE(contains(doc.value("text", ""), "Texto escondido en lo hondo."))
        << tag << ": " << doc.value("text", "");
    if (doc.contains("sentences")) expect_spans_inside(doc, "sentences");
  }
}

TEST(HostileInput, TenThousandPeriodsInARow) {
  Scratch s;
  // Inside a paragraph of an article: alone, a paragraph of periods is
  // boilerplate to the cleaner and never reaches the splitter.
  std::string path =
      s.write("periods.txt",
              "Ayer llegó a la ciudad el presidente del Gobierno para inaugurar el nuevo hospital, "
              "que costó millones de euros y tardó años en construirse. Hola" +
                  std::string(10000, '.') + " Adiós, dijo Ana." + std::string(10000, '.'));
  Result r = run_beside_calm(s, path);
  EXPECT_EQ(r.status, 0) << r.err;
  json doc = output_of(r, "periods");
  expect_spans_inside(doc, "sentences");
  bool found = false;
  for (const json& sentence : doc.at("sentences"))
    found |= contains(sentence.at("text"), "Adiós, dijo Ana.");
  EXPECT_TRUE(found) << doc.at("sentences").dump().substr(0, 2000);
}

TEST(HostileInput, NumbersOfTenThousandDigits) {
  Scratch s;
  std::string nines(10000, '9');
  std::string grouped = "1";
  for (int i = 0; i < 3333; ++i) grouped += ".000";
  std::string path =
      s.write("digits.txt", "Hay " + nines + " personas. Son " + grouped + " euros. Mide 0," +
                                nines + " metros. Quedan 3 perros.");
  Result r = run_beside_calm(s, path);
  EXPECT_EQ(r.status, 0) << r.err;
  json doc = output_of(r, "digits");
  expect_spans_inside(doc, "numbers");
  bool three = false;
  for (const json& n : doc.at("numbers")) {
    // A value is a finite JSON number: one past the range of a double is
    // the largest double, never infinity (which JSON would write as null).
    ASSERT_TRUE(n.at("value").is_number()) << n.dump().substr(0, 200);
    EXPECT_TRUE(std::isfinite(n.at("value").get<double>())) << n.dump().substr(0, 200);
    three |= n.at("text") == "3" && n.at("value") == 3;
  }
  EXPECT_TRUE(three) << doc.at("numbers").dump().substr(0, 2000);
}

TEST(HostileInput, DatesWithImpossibleDaysAndHugeYears) {
  Scratch s;
  std::string path =
      s.write("dates.jsonl",
              "{\"id\":\"dates\",\"date\":\"2024-06-01\",\"text\":\""
              "Pasó el 99 de febrero de 99999. Volvió el 31 de diciembre de 99999. "
              "Nadie vino el 29 de febrero de 2023. Todos vinieron el 5 de mayo de 2024. "
              "Fue en el año 2147483648 y en el 9999999999999999999999.\"}\n");
  Result r = run_beside_calm(s, path);
  EXPECT_EQ(r.status, 0) << r.err;
  json doc = output_of(r, "dates");
  expect_spans_inside(doc, "dates");
  // TIMEX3 dates have four-digit years, months 01-12 and days that exist.
  const std::regex bad_value(
      R"(\d{5}|^\d{4}-(00|1[3-9]|[2-9]\d)|^\d{4}-\d\d-(00|3[2-9]|[4-9]\d)|^\d{4}-02-3|^2023-02-29)");
  bool may5 = false;
  for (const json& d : doc.at("dates")) {
    std::string value = d.at("value");
    EXPECT_FALSE(std::regex_search(value, bad_value)) << d.dump();
    may5 |= value == "2024-05-05";
  }
  EXPECT_TRUE(may5) << doc.at("dates").dump();
}
