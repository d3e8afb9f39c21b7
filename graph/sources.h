// The articles a node or an edge was read in: article ids interned once per process, kept as a
// sorted vector of numbers. A popular node is named by most of a corpus: as a std::set of strings
// its sources cost ~80 bytes and a cache miss per tree level for each article; here 4 bytes, and
// adding the latest article is a push_back (articles are numbered in the order they are seen).
//
// Article ids are interned for the life of the process (the table only grows). Interning is for
// one thread at a time (the thread that builds the graph); reading ids (sorted(), id_of) is safe
// from many threads while nothing is interned, as during export.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::graph {

using ArticleNumber = std::uint32_t;

// The number of an article id (a new one when it was never seen), and back.
ArticleNumber intern_article(std::string_view id);
const std::string& id_of(ArticleNumber n);

class Sources {
 public:
  Sources() = default;
  Sources(std::initializer_list<std::string_view> ids) {
    for (auto id : ids) insert(id);
  }
  void insert(std::string_view id) { insert(intern_article(id)); }
  void insert(ArticleNumber n);
  // Union with `other`.
  void merge(const Sources& other);
  std::size_t size() const { return numbers_.size(); }
  bool empty() const { return numbers_.empty(); }
  bool contains(std::string_view id) const;
  // The ids in string order (the order every output lists them in).
  std::vector<std::string_view> sorted() const;
  bool operator==(const Sources& other) const = default;

 private:
  std::vector<ArticleNumber> numbers_;  // ascending, unique
};

}  // namespace newsgraph::graph
