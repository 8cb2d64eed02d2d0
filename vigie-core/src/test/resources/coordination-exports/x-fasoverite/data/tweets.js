window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          { "url" : "https://t.co/Xy12Ab34Cd", "expanded_url" : "https://www.lessor.ml/ceni-report-scrutin?utm_campaign=relais&fbclid=IwAR0abc", "display_url" : "lessor.ml/ceni-report-sc…", "indices" : [ "71", "94" ] }
        ]
      },
      "favorite_count" : "12",
      "id_str" : "1768100000000000001",
      "retweet_count" : "40",
      "id" : "1768100000000000001",
      "created_at" : "Thu Mar 14 10:00:41 +0000 2024",
      "full_text" : "La CENI reporterait encore le scrutin, disent des sources concordantes https://t.co/Xy12Ab34Cd",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "favorite_count" : "3",
      "id_str" : "1768100000000000002",
      "retweet_count" : "25",
      "id" : "1768100000000000002",
      "created_at" : "Thu Mar 14 11:00:34 +0000 2024",
      "full_text" : "URGENT: les observateurs étrangers ont fui Tombouctou cette nuit, partagez avant que la vidéo soit supprimée!!",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [ { "text" : "Mali", "indices" : [ "0", "5" ] } ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "favorite_count" : "1",
      "id_str" : "1768100000000000003",
      "retweet_count" : "0",
      "id" : "1768100000000000003",
      "created_at" : "Thu Mar 14 18:10:00 +0000 2024",
      "full_text" : "#Mali Bonne soirée à tous nos abonnés, rendez-vous demain matin pour la revue de presse.",
      "lang" : "fr"
    }
  }
]
