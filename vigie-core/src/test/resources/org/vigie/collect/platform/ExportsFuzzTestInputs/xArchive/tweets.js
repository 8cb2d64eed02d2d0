window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "1768000000000000101" ],
          "editableUntil" : "2024-03-14T09:15:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          { "text" : "Sikasso", "indices" : [ "0", "8" ] },
          { "text" : "coton", "indices" : [ "96", "102" ] }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          { "name" : "CMDT officiel", "screen_name" : "CMDT_Mali", "indices" : [ "81", "91" ], "id_str" : "556677", "id" : "556677" }
        ],
        "urls" : [
          { "url" : "https://t.co/AbCdEf1234", "expanded_url" : "https://www.lessor.ml/sikasso-campagne-cotonniere", "display_url" : "lessor.ml/sikasso-campag…", "indices" : [ "103", "126" ] }
        ]
      },
      "display_text_range" : [ "0", "126" ],
      "favorite_count" : "42",
      "id_str" : "1768000000000000101",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "1768000000000000101",
      "created_at" : "Thu Mar 14 08:15:00 +0000 2024",
      "favorited" : false,
      "full_text" : "#Sikasso : les producteurs attendent toujours le paiement de la campagne, selon @CMDT_Mali #coton https://t.co/AbCdEf1234",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          { "name" : "Studio Tamani", "screen_name" : "StudioTamani", "indices" : [ "3", "16" ], "id_str" : "998877", "id" : "998877" }
        ],
        "urls" : [ ]
      },
      "favorite_count" : "0",
      "id_str" : "1768000000000000202",
      "retweet_count" : "230",
      "id" : "1768000000000000202",
      "created_at" : "Thu Mar 14 10:02:31 +0000 2024",
      "full_text" : "RT @StudioTamani: Ségou : les agriculteurs de l'Office du Niger demandent des engrais avant l'hivernage &amp; la reprise des crédits.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "in_reply_to_status_id_str" : "1767999999999999999",
      "in_reply_to_user_id" : "445566",
      "in_reply_to_status_id" : "1767999999999999999",
      "in_reply_to_screen_name" : "SeneNews",
      "in_reply_to_user_id_str" : "445566",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          { "name" : "SeneNews", "screen_name" : "SeneNews", "indices" : [ "0", "9" ], "id_str" : "445566", "id" : "445566" }
        ],
        "urls" : [ ]
      },
      "favorite_count" : "3",
      "id_str" : "1768000000000000303",
      "retweet_count" : "1",
      "created_at" : "Fri Mar 15 07:05:12 +0000 2024",
      "full_text" : "@SeneNews Ndax dëgg la ? Ci Kaolack, marse bi dafa tëj ba tey.",
      "lang" : "wo"
    }
  },
  {
    "tweet" : {
      "quoted_status_id_str" : "1767888888888888888",
      "quoted_status_permalink" : {
        "url" : "https://t.co/QqQqQq9876",
        "expanded" : "https://twitter.com/MinusmaMali/status/1767888888888888888",
        "display" : "twitter.com/MinusmaMali/st…"
      },
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          { "url" : "https://t.co/MmMmMm5555", "media_url_https" : "https://pbs.twimg.com/media/GIxYzAbCdEf.jpg", "type" : "photo", "id_str" : "1768000000000000999" }
        ]
      },
      "extended_entities" : {
        "media" : [
          { "url" : "https://t.co/MmMmMm5555", "media_url_https" : "https://pbs.twimg.com/media/GIxYzAbCdEf.jpg", "type" : "photo", "id_str" : "1768000000000000999" }
        ]
      },
      "favorite_count" : "8",
      "id_str" : "1768000000000000404",
      "retweet_count" : "2",
      "created_at" : "Fri Mar 15 18:22:05 +0000 2024",
      "full_text" : "Le retrait s'achève à Tombouctou : une page se tourne pour la ville. https://t.co/MmMmMm5555",
      "lang" : "fr"
    }
  }
]
