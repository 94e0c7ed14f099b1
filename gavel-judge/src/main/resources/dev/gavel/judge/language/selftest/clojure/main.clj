(require '[clojure.string :as str])

(let [s (str/trim (slurp *in*))]
  (cond
    (= s "") (println "Hello, World!")
    (= s "re") (throw (IllegalStateException. "runtime error on purpose"))
    (= s "tle") (loop [x 0] (recur (rem (inc x) 1000000007)))
    (= s "mle") (loop [keep '()] (recur (conj keep (long-array 131072))))
    :else (let [[a b] (map #(Long/parseLong %) (str/split s #"\s+"))]
            (println (+ a b)))))
